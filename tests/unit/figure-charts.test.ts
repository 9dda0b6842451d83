import { describe, expect, it } from 'vitest';
import { figurePanels } from '~/data/figure-charts';
import { buildSiteIndex, type IndexedEntry } from '~/data/site-index';

const source = { collection: 'sources', id: 'psp' } as const;
const site = buildSiteIndex([
  { collection: 'sources', id: 'psp', data: { title: 'PSP page', summary: 'A page.' } },
  { collection: 'sources', id: 'hidden', data: { title: 'Draft', summary: 'A draft.', draft: true } },
] as IndexedEntry[]);
const from = { collection: 'related', id: 'psp-oudomxay' };

const figure = (id: string, value: number, unit: string, chart?: string) => ({
  id,
  value,
  unit,
  label: `${id} label`,
  group: unit === 'hectares' ? 'land' : 'reach',
  ...(chart ? { chart } : {}),
});

const figures = [
  figure('targets', 20, 'villages'),
  figure('water', 6, 'villages', 'villages'),
  figure('nets', 20, 'villages', 'villages'),
  figure('paddy', 21.52, 'hectares'),
  figure('awareness', 5120, 'people', 'people'),
];
const charts = [
  {
    id: 'villages',
    title: 'Villages reached',
    finding: 'Nets reached 20.',
    reference: { figure: 'targets', label: 'target villages' },
    source,
  },
  { id: 'people', title: 'People reached', finding: 'Many.', note: 'May overlap.', source },
];

describe('figurePanels', () => {
  it('puts each charted figure in its chart, largest first, and keeps the rest in order', () => {
    const { charts: panels, others } = figurePanels(site, from, { figures, charts });
    expect(panels.map((panel) => [panel.id, panel.figures.map((f) => f.id)])).toEqual([
      ['chart-villages', ['nets', 'water']],
      ['chart-people', ['awareness']],
    ]);
    expect(others.map((f) => f.id)).toEqual(['targets', 'paddy']);
    expect(panels[1]?.note).toBe('May overlap.');
  });

  it('draws the reference figure as a labelled line and links the source', () => {
    const [villages] = figurePanels(site, from, { figures, charts }).charts;
    expect(villages?.reference?.id).toBe('targets');
    expect(villages?.svg).toContain('>20 target villages</text>');
    expect(villages?.svg).toContain('aria-labelledby="chart-villages-title chart-villages-desc"');
    expect(villages?.svg).toContain('largest first; the figures are in the table below.</desc>');
    expect(villages?.source).toMatchObject({ title: 'PSP page', href: '/sources/psp/' });
  });

  it('without charts, leaves every figure to the table', () => {
    expect(figurePanels(site, from, { figures, charts: [] })).toEqual({ charts: [], others: figures });
  });

  it('fails the build when a chart names an unpublished source', () => {
    const draft = [{ ...charts[1]!, source: { collection: 'sources', id: 'hidden' } as const }];
    expect(() => figurePanels(site, from, { figures, charts: draft })).toThrow();
  });
});
