// Imported by serve.mjs under plain Node as well: no imports but node:*.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One rule of a Netlify/Cloudflare `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
  path: string;
  headers: Array<[name: string, value: string]>;
}

/** Reads `_headers` (`/path` on its own line, then indented `Name: value` lines; `#` comments). */
export function readHeaderRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (/^\S/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (match && rule) rule.headers.push([match[1] ?? '', (match[2] ?? '').trim()]);
  }
  return rules;
}

/** The value of a header in a rule (names are case-insensitive), or undefined. */
export function headerValue(rule: HeaderRule | undefined, name: string): string | undefined {
  return rule?.headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}
