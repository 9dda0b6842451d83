import { createHash } from 'node:crypto';

/** A Content-Security-Policy: directive name → its source expressions, as written. */
export type Policy = Map<string, string[]>;

/** Parses a policy (`default-src 'self'; script-src …`). A repeated directive is ignored, as browsers do. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** Fetch directives that fall back to default-src when absent (CSP Level 3). */
const fallsBackToDefault = new Set([
  'script-src',
  'style-src',
  'img-src',
  'font-src',
  'connect-src',
  'media-src',
  'object-src',
  'frame-src',
  'worker-src',
  'manifest-src',
  'child-src',
]);

/** The sources a directive allows, after the fallbacks a browser applies (worker-src → script-src → default-src). */
export function effectiveSources(policy: Policy, directive: string): string[] | undefined {
  const direct = policy.get(directive);
  if (direct) return direct;
  if (directive === 'worker-src')
    return policy.get('child-src') ?? policy.get('script-src') ?? policy.get('default-src');
  if (fallsBackToDefault.has(directive)) return policy.get('default-src');
  return undefined;
}

/** The CSP source expression that allows exactly this inline script or style: 'sha256-…'. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Whether a source expression is a hash ('sha256-…', 'sha384-…', 'sha512-…'). */
export function isHash(source: string): boolean {
  return /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/.test(source);
}

export { headerValue, readHeaderRules, type HeaderRule } from './headers.ts';
