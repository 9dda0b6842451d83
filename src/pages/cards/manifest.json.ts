import type { APIRoute } from 'astro';
import { shareCards } from '~/data/share-cards';

/**
 * The list of every page's share card (CARD_MANIFEST_PATH in src/lib/paths.ts), for the card
 * renderer that runs once the pages are built (src/integrations/share-cards.ts): it draws the
 * cards from this list, checks it against the built pages, then removes it from the site. Not a
 * file for readers.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await shareCards()), { headers: { 'Content-Type': 'application/json' } });
