import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import projectConfig from '../../.htmlvalidate.mjs';
import { readBuiltPages } from '../support/html';
import { distDir } from '../support/paths';

/*
 * The project's .htmlvalidate.mjs is handed to the loader rather than found next to the files:
 * SITE_DIST_DIR may point outside the project. A stricter .htmlvalidate.* inside dist/ would
 * still apply (none is built).
 */
const validator = new HtmlValidate(new FileSystemConfigLoader(projectConfig));

describe('HTML validity (html-validate)', () => {
  it('finds no error in any built page', async () => {
    const pages = readBuiltPages();
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages.filter((m) => m.severity === 2)) {
          problems.push(
            `${relative(distDir, page.file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}` +
              (message.selector ? ` (at ${message.selector})` : ''),
          );
        }
      }
    }
    expect(problems, `${problems.length} HTML error(s); rule details at https://html-validate.org/rules/`).toEqual([]);
  });
});
