import { describe, expect, it } from 'vitest';
import Timeline from '~/components/ui/Timeline.astro';
import { timelineEvents, type PostInput } from '~/data/timeline';
import { tight, useContainer } from '../support/container';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const astro = useContainer();

const post = (id: string, date: string, datePrecision: PostInput['data']['datePrecision']): PostInput => ({
  id,
  data: { title: `Post ${id}`, summary: `Summary of ${id}.`, date, datePrecision },
});

const events = timelineEvents(
  {
    id: 'route',
    body: '## When\n\n<Aside type="disagreement">x</Aside>',
    data: {
      title: 'The Learning Route',
      planned: { start: '2013-02-04', end: '2013-02-08' },
      held: { start: '2013-02-25', end: '2013-03-01' },
    },
  },
  [post('completed', '2013-03-01', 'year'), post('under-way', '2013-02-25', 'month'), post('ilo', '2023-04-28', 'day')],
  [{ depth: 2, slug: 'when', text: 'When' }],
);

const render = (props: Record<string, unknown> = {}) =>
  astro.container
    .renderToString(Timeline, { props: { events, heading: 'Timeline', id: 'timeline', ...props } })
    .then(tight);

describe('Timeline', () => {
  it('is a labelled section holding an ordered list that keeps its list role', async () => {
    const html = await render();
    expect(html).toMatch(
      /<section class="timeline-section" aria-labelledby="timeline"[^>]*><h2 id="timeline">Timeline<\/h2>/,
    );
    expect(html).toContain('<ol role="list" class="timeline">');
    expect(html.match(/<li class="timeline-/g)).toHaveLength(5);
  });

  it('keeps the given order and dates each event with a datetime as precise as its source', async () => {
    const html = await render();
    const datetimes = [...html.matchAll(/<time datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(datetimes).toEqual([
      '2013-02-04=4–8 February 2013',
      '2013-02-25=25 February – 1 March 2013',
      '2013-02=February 2013',
      '2013=2013',
      '2023-04-28=28 April 2023',
    ]);
  });

  it('says in words which dates were planned and which held, and that the sources disagree', async () => {
    const html = await render();
    const planned = text(/<li class="timeline-planned">.*?<\/li>/.exec(html)?.[0] ?? '');
    expect(planned).toContain('Planned: The Learning Route');
    expect(planned).toContain('The sources give different dates: where they disagree .');
    expect(html).toMatch(/<a href="\/route\/#when">where they disagree<\/a>/);
    const held = text(/<li class="timeline-held">.*?<\/li>/.exec(html)?.[0] ?? '');
    expect(held).toContain('Held: The Learning Route');
    expect(held).not.toContain('different dates');
  });

  it('in its short form gives posts date and title only, and keeps the line of the planned and held dates', async () => {
    const full = await render();
    const brief = await render({ brief: true });
    expect(full.match(/<li class="timeline-post">[\s\S]*?<\/li>/g)?.every((item) => item.includes('<p>'))).toBe(true);
    expect(brief.match(/<li class="timeline-post">[\s\S]*?<\/li>/g)?.some((item) => item.includes('<p>'))).toBe(false);
    expect(brief).toMatch(/<li class="timeline-planned">[\s\S]*?<p>/);
  });

  it('links each title to its page, but not to the page the timeline is on', async () => {
    const html = await render({ here: '/route/' });
    expect(html).toContain('<a href="/journal/ilo/">Post ilo</a>');
    expect(html).not.toContain('<a href="/route/">');
    expect(html).toContain('<p>Summary of ilo.</p>');
  });

  it('ends with the link it is given, and renders nothing without events', async () => {
    expect(await render({ more: { href: '/route/#timeline', label: 'The full timeline' } })).toMatch(
      /<\/ol><p><a href="\/route\/#timeline">The full timeline<\/a><\/p><\/section>/,
    );
    expect((await render({ events: [] })).trim()).toBe('');
  });
});
