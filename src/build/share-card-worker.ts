// A worker thread of the card renderer (src/build/share-cards.ts), run by plain Node: relative
// imports with .ts extensions only.
import { parentPort, workerData } from 'node:worker_threads';
import type { CardText } from '../lib/share-card-layout.ts';
import { createCardRenderer, loadCardTools, type CardPicture } from './share-card-render.ts';

/** A card to draw, as the main thread sends it. */
export interface CardRequest {
  id: number;
  text: CardText;
  picture?: CardPicture | undefined;
  pictogram?: string | undefined;
}

/** The drawn card (PNG bytes) or why it could not be drawn. */
export type CardReply = { id: number; png: Uint8Array } | { id: number; error: string };

// One renderer per thread: fonts read once, widths and pictures kept between cards.
const renderer = createCardRenderer(loadCardTools((workerData as { root: string }).root));

parentPort?.on('message', (request: CardRequest) => {
  renderer.render(request.text, { picture: request.picture, pictogram: request.pictogram }).then(
    (png) => parentPort?.postMessage({ id: request.id, png } satisfies CardReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies CardReply),
  );
});
