import { toUtcDate } from './dates';

/** One post in a feed. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the post. */
  link: string;
  description: string;
  /** Day of the post, YYYY-MM-DD. */
  date: string;
}

/** A feed's own description. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the site page the feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  language: string;
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** RFC 822 date at midnight UTC, as RSS 2.0 requires. */
export function rfc822(isoDay: string): string {
  return toUtcDate(isoDay).toUTCString().replace('GMT', '+0000');
}

/** An RSS 2.0 document; items appear in the order given (newest first, by convention). */
export function buildRss(channel: FeedChannel, items: FeedItem[]): string {
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const lastBuild = items[0] ? `\n    ${element('lastBuildDate', rfc822(items[0].date))}` : '';
  const entries = items
    .map(
      (item) => `    <item>
      ${element('title', item.title)}
      ${element('link', item.link)}
      <guid isPermaLink="true">${escapeXml(item.link)}</guid>
      ${element('description', item.description)}
      ${element('pubDate', rfc822(item.date))}
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    ${element('title', channel.title)}
    ${element('link', channel.link)}
    ${element('description', channel.description)}
    ${element('language', channel.language)}
    <atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>${lastBuild}
${entries}
  </channel>
</rss>
`;
}
