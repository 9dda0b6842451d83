import { t } from '~/i18n';
import { daysInRange, formatDate, formatDateRange, type DatePrecision } from '~/lib/dates';
import { pathFor } from '~/lib/paths';
import { sectionHolding, type Heading } from '~/lib/table-of-contents';

/**
 * The timeline of the route and the related events, made from the content: the route page's
 * planned and held dates and the dated journal posts. Pure: pages pass the entries in.
 */

/** `planned` and `held` are the route's two sets of dates; `post` is a journal entry. */
export type TimelineKind = 'planned' | 'held' | 'post';

/** One event, ready to render. */
export interface TimelineEvent {
  kind: TimelineKind;
  /** First day, YYYY-MM-DD: the order of events (a post's filing day, even when shown as a year). */
  day: string;
  /** The `<time datetime>` value, as precise as the source: `2013`, `2013-02` or `2013-02-25`. */
  datetime: string;
  /** The date as readers see it, no more precise than the source. */
  date: string;
  title: string;
  href: string;
  /** One line: a post's summary, or what the dates are. */
  text: string;
  /** Planned dates only, when the held dates differ: where the page explains the disagreement. */
  disagreement?: string;
}

interface Range {
  start: string;
  end: string;
}

/** What the timeline needs of the route page (content/pages/route.mdx). */
export interface RouteInput {
  id: string;
  body?: string | undefined;
  data: { title: string; planned?: Range | undefined; held?: Range | undefined };
}

/** What the timeline needs of a journal post. */
export interface PostInput {
  id: string;
  data: { title: string; summary: string; date: string; datePrecision: DatePrecision };
}

/** Id of the full timeline's heading on the route page, for links from elsewhere. */
export const TIMELINE_ID = 'timeline';

/** The MDX that marks the box where the sources' dates disagree. */
const DISAGREEMENT_MARKER = '<Aside type="disagreement"';

const kindOrder: Record<TimelineKind, number> = { planned: 0, held: 1, post: 2 };

const datetimeOf = (day: string, precision: DatePrecision): string =>
  day.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);

/** Every event, oldest first; on the same day the route's dates come before posts. */
export function timelineEvents(
  route: RouteInput,
  posts: readonly PostInput[],
  headings: readonly Heading[] = [],
): TimelineEvent[] {
  const routePath = pathFor('pages', route.id);
  const { planned, held } = route.data;
  const differ = planned && held && (planned.start !== held.start || planned.end !== held.end);
  // Link to the section holding the disagreement box when the page has one; else to the page.
  const section = differ ? sectionHolding(route.body ?? '', DISAGREEMENT_MARKER, headings) : undefined;
  const span = (kind: 'planned' | 'held', range: Range): TimelineEvent => ({
    kind,
    day: range.start,
    datetime: range.start,
    date: formatDateRange(range.start, range.end),
    title: route.data.title,
    href: routePath,
    text: t(`timeline.${kind}.text`, { count: daysInRange(range.start, range.end) }),
    ...(kind === 'planned' && differ ? { disagreement: section ? `${routePath}#${section}` : routePath } : {}),
  });
  const events: TimelineEvent[] = [
    ...(planned ? [span('planned', planned)] : []),
    ...(held ? [span('held', held)] : []),
    ...posts.map((post): TimelineEvent => ({
      kind: 'post',
      day: post.data.date,
      datetime: datetimeOf(post.data.date, post.data.datePrecision),
      date: formatDate(post.data.date, post.data.datePrecision),
      title: post.data.title,
      href: pathFor('journal', post.id),
      text: post.data.summary,
    })),
  ];
  return events.sort(
    (a, b) =>
      a.day.localeCompare(b.day) || kindOrder[a.kind] - kindOrder[b.kind] || a.title.localeCompare(b.title, 'en'),
  );
}

/**
 * The route's own story in a few events, for the home page: the planned and held dates, and the
 * first and last posts of the route's year (the invitation and the closing post).
 */
export function shortTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  const dates = events.filter((event) => event.kind !== 'post');
  const year = (dates.find((event) => event.kind === 'held') ?? dates[0])?.day.slice(0, 4);
  if (year === undefined) return [];
  const posts = events.filter((event) => event.kind === 'post' && event.day.startsWith(year));
  const keep = new Set([...dates, ...posts.slice(0, 1), ...posts.slice(-1)]);
  return events.filter((event) => keep.has(event));
}
