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

/** Whether a `_headers` path matches a URL path: exact, or a prefix when the rule ends with `*`. */
export function ruleMatches(rulePath: string, urlPath: string): boolean {
  return rulePath.endsWith('*') ? urlPath.startsWith(rulePath.slice(0, -1)) : urlPath === rulePath;
}

/** The headers a host sends for a URL path: every matching rule, values of a repeated name joined by commas. */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Array<[name: string, value: string]> {
  const merged = new Map<string, [string, string]>();
  for (const rule of rules.filter((candidate) => ruleMatches(candidate.path, urlPath))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = merged.get(key);
      merged.set(key, [before?.[0] ?? name, before ? `${before[1]}, ${value}` : value]);
    }
  }
  return [...merged.values()];
}
