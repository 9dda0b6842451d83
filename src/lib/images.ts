/**
 * Responsive image sizes shared by the lead picture (HeroFigure) and photographs in bodies
 * (`<Figure>`): both are as wide as the text column, so both offer the same widths.
 */

/** Widths offered to browsers: a phone at 1x and 2x, the text column at 1.5x and 2x. */
export const imageSteps: readonly number[] = [360, 720, 1080, 1440];

/** `sizes` of a picture as wide as the text column (`--measure`, 42rem) or the screen when narrower. */
export const columnSizes = '(min-width: 44rem) 42rem, 100vw';

/** `sizes` of a picture shown as large as the screen allows (the full-size view). */
export const screenSizes = '100vw';

/**
 * The widths to generate for an image `original` pixels wide: every step below it, then the
 * original itself, so a small file exists for a phone and nothing is ever enlarged.
 */
export function responsiveWidths(original: number, steps: readonly number[] = imageSteps): number[] {
  return [...steps.filter((width) => width < original), original];
}

/** A short, stable id part from text (FNV-1a, base 36): the same photograph gets the same id in every build. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The texts every `<Figure>` must carry, and what each is for: said when one is missing or empty. */
export const figureTexts = {
  alt: 'describe what the photograph shows, for readers who cannot see it',
  caption: 'say what the photograph is about: who or what, where, when',
  credit: 'name who took the photograph and its licence, e.g. credit="Photo: name, CC BY 4.0"',
} as const;

/** One line per required `<Figure>` text that is missing, not text, or blank. */
export function figureTextProblems(props: { [name in keyof typeof figureTexts]?: unknown }): string[] {
  return Object.entries(figureTexts).flatMap(([name, purpose]) => {
    const value = props[name as keyof typeof figureTexts];
    if (value === undefined || value === null) return [`${name} is missing: ${purpose}`];
    if (typeof value !== 'string' || value.trim() === '') return [`${name} is empty: ${purpose}`];
    return [];
  });
}
