import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCardTools, renderTextBox } from '../../src/build/share-card-render';
import { launchBrowser } from '../support/browser';
import { rootDir } from '../support/paths';

/**
 * Lao on share cards is shaped as a browser shapes it: stacked vowels and tone marks (ຊີ້ນ), a
 * subscript letter (ຫຼ), vowels written before their consonant (ເມືອງ, ແຂວງ). The card renderer
 * draws a line of Lao with the cards' fonts (Noto Sans Lao Bold, 64 px, reached by fallback from
 * the Latin face, as on a card) and Chromium draws the same line in the same font file and size; both are reduced to black-and-white ink, aligned on the ink's bounding box
 * and compared pixel by pixel, allowing one pixel for anti-aliasing. Renderings known to be
 * wrong (marks not shaped onto their letters, another weight, a tone mark missing) must fail the
 * same comparison, or it would prove nothing.
 */

const TEXT = 'ເມືອງປາກຊ່ອງ ສະໜາມໄຊ ແຂວງອັດຕະປື ກາເຟ ຊີ້ນ ຫຼາ';
const BOX = { width: 1500, height: 160, size: 64 } as const;
/** Share of ink pixels that may lie more than one pixel from the other rendering's ink. */
const TOLERANCE = 0.01;

const fontFile = (weight: 400 | 700) =>
  readFileSync(join(rootDir, `node_modules/@fontsource/noto-sans-lao/files/noto-sans-lao-lao-${weight}-normal.woff`));

/** Black-and-white ink of a rendering, and its bounding box. */
interface Ink {
  on: (x: number, y: number) => boolean;
  left: number;
  top: number;
  width: number;
  height: number;
  pixels: number;
}

async function inkOf(png: Uint8Array): Promise<Ink> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const on = (x: number, y: number) =>
    x >= 0 && y >= 0 && x < info.width && y < info.height && (data[y * info.width + x] ?? 255) < 128;
  let [left, top, right, bottom, pixels] = [Infinity, Infinity, -1, -1, 0];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (!on(x, y)) continue;
      pixels++;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    }
  }
  return { on, left, top, width: right - left + 1, height: bottom - top + 1, pixels };
}

/** Ink pixels of `a` with no ink of `b` within one pixel, once both are aligned on their boxes. */
function strays(a: Ink, b: Ink): number {
  let count = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (!a.on(a.left + x, a.top + y)) continue;
      let near = false;
      for (let dy = -1; dy <= 1 && !near; dy++) {
        for (let dx = -1; dx <= 1 && !near; dx++) near = b.on(b.left + x + dx, b.top + y + dy);
      }
      if (!near) count++;
    }
  }
  return count;
}

/** How far two renderings are apart: box sizes, and the share of ink that does not match. */
function difference(a: Ink, b: Ink) {
  return {
    width: Math.abs(a.width - b.width),
    height: Math.abs(a.height - b.height),
    mismatch: (strays(a, b) + strays(b, a)) / (a.pixels + b.pixels),
  };
}

/** The check itself: same box within 2 px, ink matching within one pixel. */
const matches = (d: ReturnType<typeof difference>) => d.width <= 2 && d.height <= 2 && d.mismatch <= TOLERANCE;

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let ours: Ink;

/** Chromium's rendering of `html` (text, or markup) in Noto Sans Lao at the weight given. */
async function chromiumInk(html: string, weight: 400 | 700 = 700): Promise<Ink> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: BOX.width, height: BOX.height });
  await page.setContent(
    `<style>@font-face{font-family:Card;src:url(data:font/woff;base64,${fontFile(weight).toString('base64')}) format('woff');font-weight:${weight}}` +
      `html,body{margin:0;background:#fff}p{margin:0;font:${weight} ${BOX.size}px/${BOX.height}px Card;color:#000;` +
      `width:${BOX.width}px;height:${BOX.height}px;white-space:pre}span{display:inline-block}</style><p lang="lo">${html}</p>`,
  );
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: BOX.width, height: BOX.height } });
  await page.close();
  return inkOf(png);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const tools = loadCardTools(rootDir);
  ours = await inkOf(await renderTextBox(TEXT, { ...BOX, weight: 700 }, tools));
});

afterAll(async () => {
  await browser?.close();
});

describe('Lao script on share cards', () => {
  it('draws ink (the font was found and used)', () => {
    expect(ours.pixels).toBeGreaterThan(10_000);
    expect(ours.width).toBeGreaterThan(BOX.width / 2);
  });

  it('matches Chromium’s rendering of the same text, font and size', async () => {
    const d = difference(ours, await chromiumInk(TEXT));
    expect(d, JSON.stringify(d)).toSatisfy(matches);
  });

  it('would fail a rendering whose marks are not shaped onto their letters', async () => {
    // Each character on its own: no cluster, so vowels and tone marks sit on dotted circles.
    const unshaped = [...TEXT].map((char) => `<span>${char}</span>`).join('');
    expect(difference(ours, await chromiumInk(unshaped))).not.toSatisfy(matches);
  });

  it('would fail a rendering in another weight, or with a tone mark missing', async () => {
    expect(difference(ours, await chromiumInk(TEXT, 400))).not.toSatisfy(matches);
    expect(difference(ours, await chromiumInk(TEXT.replace('ຊີ້ນ', 'ຊີນ')))).not.toSatisfy(matches);
  });
});
