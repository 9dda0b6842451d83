import { describe, expect, it } from 'vitest';
import { shortTimeline, timelineEvents, type PostInput, type RouteInput } from '~/data/timeline';
import { sectionHolding } from '~/lib/table-of-contents';

const body = [
  'Intro.',
  '',
  '## What a Learning Route is',
  '',
  '```md',
  '## Not a heading, inside a fence',
  '```',
  '',
  '## When it took place',
  '',
  '<Aside type="disagreement" title="Two sets of dates">',
  'Text.',
  '</Aside>',
  '',
  '## The hosts',
].join('\n');

const headings = [
  { depth: 2, slug: 'what-a-learning-route-is', text: 'What a Learning Route is' },
  { depth: 2, slug: 'when-it-took-place', text: 'When it took place' },
  { depth: 2, slug: 'the-hosts', text: 'The hosts' },
];

const route = (data: Partial<RouteInput['data']> = {}): RouteInput => ({
  id: 'route',
  body,
  data: {
    title: 'The Learning Route',
    planned: { start: '2013-02-04', end: '2013-02-08' },
    held: { start: '2013-02-25', end: '2013-03-01' },
    ...data,
  },
});

const post = (id: string, date: string, datePrecision: PostInput['data']['datePrecision']): PostInput => ({
  id,
  data: { title: `Post ${id}`, summary: `Summary of ${id}.`, date, datePrecision },
});

// The journal as getEntries gives it: newest first.
const posts = [
  post('ilo-2023', '2023-04-28', 'day'),
  post('completed', '2013-03-01', 'year'),
  post('under-way', '2013-02-25', 'month'),
  post('invitation', '2013-01-01', 'year'),
  post('psp-2009', '2009-03-01', 'year'),
];

describe('timelineEvents', () => {
  const events = timelineEvents(route(), posts, headings);

  it('puts every event in chronological order, the route dates before a post of the same day', () => {
    expect(events.map((e) => (e.kind === 'post' ? e.href : e.kind))).toEqual([
      '/journal/psp-2009/',
      '/journal/invitation/',
      'planned',
      'held',
      '/journal/under-way/',
      '/journal/completed/',
      '/journal/ilo-2023/',
    ]);
  });

  it('dates each post no more precisely than its source, in text and in datetime', () => {
    const byHref = new Map(events.map((e) => [e.href, e]));
    expect(byHref.get('/journal/invitation/')).toMatchObject({ datetime: '2013', date: '2013' });
    expect(byHref.get('/journal/under-way/')).toMatchObject({ datetime: '2013-02', date: 'February 2013' });
    expect(byHref.get('/journal/ilo-2023/')).toMatchObject({ datetime: '2023-04-28', date: '28 April 2023' });
    expect(byHref.get('/journal/ilo-2023/')?.text).toBe('Summary of ilo-2023.');
  });

  it('shows planned and held as two events, the planned one pointing at the disagreement', () => {
    const planned = events.find((e) => e.kind === 'planned');
    const held = events.find((e) => e.kind === 'held');
    expect(planned).toMatchObject({
      datetime: '2013-02-04',
      date: '4–8 February 2013',
      href: '/route/',
      disagreement: '/route/#when-it-took-place',
    });
    expect(planned?.text).toMatch(/announced beforehand: 5 days/);
    expect(held).toMatchObject({ datetime: '2013-02-25', date: '25 February – 1 March 2013' });
    expect(held?.disagreement).toBeUndefined();
  });

  it('links to the page itself when the disagreement box is not under a heading it can find', () => {
    const planned = timelineEvents(route(), [], []).find((e) => e.kind === 'planned');
    expect(planned?.disagreement).toBe('/route/');
  });

  it('shows the held dates alone, with no disagreement, when no planned date is given', () => {
    const only = timelineEvents(route({ planned: undefined }), posts, headings);
    expect(only.filter((e) => e.kind !== 'post').map((e) => e.kind)).toEqual(['held']);
    expect(only.some((e) => e.disagreement)).toBe(false);
  });

  it('notes no disagreement when both sets of dates agree', () => {
    const same = { start: '2013-02-25', end: '2013-03-01' };
    expect(timelineEvents(route({ planned: same, held: same }), [], headings).some((e) => e.disagreement)).toBe(false);
  });
});

describe('shortTimeline', () => {
  it('keeps the route dates and the first and last posts of the route year, in order', () => {
    const short = shortTimeline(timelineEvents(route(), posts, headings));
    expect(short.map((e) => (e.kind === 'post' ? e.href : e.kind))).toEqual([
      '/journal/invitation/',
      'planned',
      'held',
      '/journal/completed/',
    ]);
  });

  it('uses the planned year when the held dates are missing, and is empty without route dates', () => {
    const plannedOnly = shortTimeline(timelineEvents(route({ held: undefined }), posts, headings));
    expect(plannedOnly.map((e) => e.kind)).toEqual(['post', 'planned', 'post']);
    expect(shortTimeline(timelineEvents(route({ planned: undefined, held: undefined }), posts))).toEqual([]);
  });
});

describe('sectionHolding', () => {
  it('finds the heading above a marker, skipping fenced code', () => {
    expect(sectionHolding(body, '<Aside type="disagreement"', headings)).toBe('when-it-took-place');
  });

  it('gives up when the marker is missing, above every heading, or the headings do not match', () => {
    expect(sectionHolding(body, '<Aside type="gap"', headings)).toBeUndefined();
    expect(sectionHolding(body, 'Intro.', headings)).toBeUndefined();
    const wrongDepth = [headings[0]!, { depth: 3, slug: 'x', text: 'x' }];
    expect(sectionHolding(body, '<Aside type="disagreement"', wrongDepth)).toBeUndefined();
    expect(sectionHolding(body, '<Aside type="disagreement"', headings.slice(0, 1))).toBeUndefined();
  });
});
