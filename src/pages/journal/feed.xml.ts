import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntries } from '~/data/entries';
import { t } from '~/i18n';
import { normaliseBase, withBase } from '~/lib/base-path';
import { toUtcDate } from '~/lib/dates';
import { indexPathFor, pathFor } from '~/lib/paths';

/** The journal as an RSS 2.0 feed (@astrojs/rss), newest post first. */
export const GET: APIRoute = async ({ site }) => {
  const posts = await getEntries('journal');
  const base = normaliseBase(import.meta.env.BASE_URL);
  return rss({
    title: `${t('site.name')}: ${t('collection.journal')}`,
    description: t('index.journal.intro'),
    site: new URL(withBase(indexPathFor('journal'), base), site),
    customData: '<language>en-gb</language>',
    items: posts.map((post) => ({
      title: post.data.title,
      link: withBase(pathFor('journal', post.id), base),
      description: post.data.summary,
      pubDate: toUtcDate(post.data.date),
    })),
  });
};
