import type { APIRoute } from 'astro';
import { getEntries } from '~/data/entries';
import { t } from '~/i18n';
import { buildRss } from '~/lib/feed';
import { pathFor } from '~/lib/paths';

/** The journal as an RSS feed, newest post first. */
export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(path, site).href;
  const posts = await getEntries('journal');
  const xml = buildRss(
    {
      title: `${t('site.name')}: ${t('collection.journal')}`,
      description: t('index.journal.intro'),
      link: absolute('/journal/'),
      self: absolute('/journal/feed.xml'),
      language: 'en-gb',
    },
    posts.map((post) => ({
      title: post.data.title,
      link: absolute(pathFor('journal', post.id)),
      description: post.data.summary,
      date: post.data.date,
    })),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
