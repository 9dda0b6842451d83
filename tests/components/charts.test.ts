import { describe, expect, it } from 'vitest';
import FigureCharts from '~/components/ui/FigureCharts.astro';
import { figurePanels } from '~/data/figure-charts';
import { buildSiteIndex, type IndexedEntry } from '~/data/site-index';
import { tight, useContainer } from '../support/container';

const astro = useContainer();

const site = buildSiteIndex([
  { collection: 'sources', id: 'psp', data: { title: 'PSP page', summary: 'A page.' } },
] as IndexedEntry[]);
const source = { collection: 'sources', id: 'psp' } as const;
const figures = [
  { id: 'targets', value: 20, unit: 'villages', label: 'target villages', group: 'project scope' },
  {
    id: 'awareness',
    value: 5120,
    unit: 'people',
    label: 'attended drug awareness trainings',
    group: 'drugs',
    chart: 'people',
  },
  { id: 'members', value: 445, unit: 'VPG members', label: 'members in trainings', group: 'groups', chart: 'people' },
  { id: 'nets', value: 20, unit: 'villages', label: 'villages given nets', group: 'health', chart: 'villages' },
  { id: 'paddy', value: 21.52, unit: 'hectares', label: 'paddy field watered', group: 'land and water' },
];
const charts = [
  {
    id: 'people',
    title: 'People reached',
    finding: 'Awareness trainings reached the most.',
    note: 'They may overlap.',
    source,
  },
  {
    id: 'villages',
    title: 'Villages reached',
    finding: 'Nets reached 20.',
    reference: { figure: 'targets', label: 'target villages' },
    source,
  },
];
const render = async () =>
  tight(
    await astro.container.renderToString(FigureCharts, {
      props: { panels: figurePanels(site, { collection: 'related', id: 'psp' }, { figures, charts }) },
    }),
  );

describe('FigureCharts', () => {
  it('shows each chart as an image with a title and description, its finding and its source', async () => {
    const html = await render();
    expect(html).toContain('<h2 id="figures-heading">Reported figures</h2>');
    expect(html).toContain(
      '<h3 id="chart-people-heading">People reached</h3><p class="chart-finding">Awareness trainings reached the most.</p>',
    );
    const svgs = [...html.matchAll(/<svg [^>]*>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(svg).toMatch(/role="img" aria-labelledby="chart-\w+-title chart-\w+-desc"/);
    expect(html).toContain('<title id="chart-people-title">People reached</title>');
    expect(html).toMatch(/<desc id="chart-people-desc">[^<]*the table below\.<\/desc>/);
    expect(html).toMatch(/Note: They may overlap\. Source:\s?<a href="\/sources\/psp\/">PSP page<\/a>/);
  });

  it('gives each chart its table with a caption and every value, in the bars’ order, units as given', async () => {
    const html = await render();
    const tables = [...html.matchAll(/<table class="figure-table">.*?<\/table>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(3);
    const [people, villages] = tables as [string, string, string];
    expect(html).toMatch(
      /<details><summary>The figures as a table<\/summary><table class="figure-table"><caption>People reached<\/caption>/,
    );
    expect(people).toContain(
      '<th scope="col" class="number">Number</th><th scope="col">Counted</th><th scope="col">What</th>',
    );
    expect(people).toMatch(
      /<tr id="figure-awareness"><td class="number">5,120<\/td><td>people<\/td>.*<tr id="figure-members"><td class="number">445<\/td><td>VPG members<\/td>/,
    );
    expect(villages).toContain(
      '<tr id="figure-nets"><td class="number">20</td><td>villages</td><td>villages given nets</td></tr>',
    );
    expect(villages).not.toContain('figure-targets');
  });

  it('lists the figures no chart draws once, grouped by theme, decimals as given', async () => {
    const html = await render();
    const others = html.slice(html.lastIndexOf('<table'));
    expect(others).toContain('<caption>Other reported figures, grouped by theme</caption>');
    expect(others).toContain('<th scope="colgroup" colspan="3">project scope</th>');
    expect(others).toContain('<td class="number">21.52</td><td>hectares</td>');
    for (const id of ['targets', 'awareness', 'members', 'nets', 'paddy']) {
      expect(html.match(new RegExp(`id="figure-${id}"`, 'g'))).toHaveLength(1);
    }
  });

  it('without charts, shows one table of every figure and no picture', async () => {
    const html = tight(
      await astro.container.renderToString(FigureCharts, {
        props: { panels: figurePanels(site, { collection: 'related', id: 'psp' }, { figures, charts: [] }) },
      }),
    );
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<details');
    expect(html).toContain('<caption>Figures as reported by the source, grouped by theme</caption>');
    expect(html.match(/<tr id="figure-/g)).toHaveLength(figures.length);
  });
});
