import { t } from '~/i18n';
import { barChart, formatValue, sortBars } from '~/lib/chart/bar-chart';
import type { EntryRef } from '~/lib/relations';
import type { FigureChart, KeyFigure } from '~/schemas/entries';
import type { EntryLink, SiteIndex } from './site-index';

/** A chart as a page shows it: heading, finding, the SVG, its figures (largest first) and its source. */
export interface ChartPanel {
  id: string;
  title: string;
  finding: string;
  note?: string | undefined;
  svg: string;
  /** The figures drawn, in the bars' order: the chart's table lists exactly these. */
  figures: readonly KeyFigure[];
  /** The figure drawn as a reference line, if any (it stays in the table of other figures). */
  reference?: KeyFigure | undefined;
  source: EntryLink;
}

/** An entry's figures split into charts and the rest, each figure in exactly one table. */
export interface FigurePanels {
  charts: readonly ChartPanel[];
  /** Figures no chart draws, in their given order (tables group them by theme). */
  others: readonly KeyFigure[];
}

/** The charts of an entry's figures, as its frontmatter describes them (src/schemas/entries.ts). */
export function figurePanels(
  site: SiteIndex,
  from: EntryRef,
  data: { figures: readonly KeyFigure[]; charts: readonly FigureChart[] },
): FigurePanels {
  const charts = data.charts.map((chart): ChartPanel => {
    const figures = sortBars(data.figures.filter((figure) => figure.chart === chart.id));
    const reference = data.figures.find((figure) => figure.id === chart.reference?.figure);
    const [source] = site.links([chart.source], from);
    if (!source) throw new Error(`chart "${chart.id}" of ${from.collection}/${from.id}: its source is not published`);
    const id = `chart-${chart.id}`;
    const { svg } = barChart({
      id,
      title: chart.title,
      desc: t('chart.desc'),
      bars: figures,
      reference: reference &&
        chart.reference && {
          value: reference.value,
          label: `${formatValue(reference.value)} ${chart.reference.label}`,
        },
    });
    return { id, title: chart.title, finding: chart.finding, note: chart.note, svg, figures, reference, source };
  });
  const charted = new Set(charts.flatMap((chart) => chart.figures.map((figure) => figure.id)));
  return { charts, others: data.figures.filter((figure) => !charted.has(figure.id)) };
}
