import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { gatePages } from '../support/gates';
import { useSiteInBrowser } from '../support/site-in-browser';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the site promises. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The stylesheet has a dark theme (prefers-color-scheme): contrast is checked in both. */
const colorSchemes = ['light', 'dark'] as const;

const site = useSiteInBrowser();

/** One line per rule broken on a page: page, colour scheme, rule, what it means, where. */
async function violationsOn(page: Page, name: string, scheme: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // options() replaces every option: it must come before withTags(), which sets runOnly.
    .options({ resultTypes: ['violations'] })
    .withTags(wcagTags)
    // Legacy mode runs axe in the page itself; the default opens a blank page per run to merge
    // frame results, which triples the time. The site has no frames, so nothing is lost.
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' >>> '));
    const shown = targets.slice(0, 5).join(' | ') + (targets.length > 5 ? ` | … ${targets.length - 5} more` : '');
    return `${name} [${scheme}] ${violation.id} (${violation.impact}): ${violation.help} → ${shown}`;
  });
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('finds no violation on any page, in the light and the dark colour scheme', async () => {
    const pages = gatePages();
    expect(pages.length).toBeGreaterThan(2);
    const problems: string[] = [];
    // Axe is the slow part and runs in each tab's own renderer process: one tab per core.
    const queue = [...pages];
    const worker = async () => {
      const page = await site.browser.context.newPage();
      for (let target = queue.shift(); target; target = queue.shift()) {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(`${site.server.origin}${target.path}`);
        await target.ready?.(page);
        for (const scheme of colorSchemes) {
          await page.emulateMedia({ colorScheme: scheme });
          problems.push(...(await violationsOn(page, target.name, scheme)));
        }
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, worker));
    problems.sort();
    const byRule = new Map<string, number>();
    for (const problem of problems) {
      const rule = /\] (\S+) /.exec(problem)?.[1] ?? '?';
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
    }
    const summary = [...byRule].map(([rule, count]) => `${rule} on ${count}`).join(', ');
    expect(problems, `accessibility violations (${summary}); rules at https://dequeuniversity.com/rules/axe/`).toEqual(
      [],
    );
  }, 480_000);
});
