import { en, type UiKey } from './en';

export type { UiKey };

/** Language of the interface text, for `<html lang>`. */
export const uiLang = 'en';

/** Interface text for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`UI text "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

/** True when `key` is a dictionary key; for keys built from data, e.g. `sector.${id}`. */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(en, key);
}

/** Interface text for a key built from data; fails the build when the dictionary lacks it. */
export function tFor(key: string): string {
  if (!isUiKey(key)) throw new Error(`UI text "${key}" is missing from src/i18n/en.ts`);
  return en[key];
}
