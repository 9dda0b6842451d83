import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntries } from '~/data/entries';
import { t } from '~/i18n';
import { toUtcDate } from '~/lib/dates';
import { indexPathFor, pathFor } from '~/lib/paths';

/** The journal as an RSS 2.0 feed (@astrojs/rss), newest post first. */
export const GET: APIRoute = async ({ site }) => {
  const posts = await getEntries('journal');
  return rss({
    title: `${t('site.name')}: ${t('collection.journal')}`,
    description: t('index.journal.intro'),
    site: new URL(indexPathFor('journal'), site),
    customData: '<language>en-gb</language>',
    items: posts.map((post) => ({
      title: post.data.title,
      link: pathFor('journal', post.id),
      description: post.data.summary,
      pubDate: toUtcDate(post.data.date),
    })),
  });
};
