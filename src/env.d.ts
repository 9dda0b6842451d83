interface ImportMetaEnv {
  /** True in `astro dev` only (src/integrations/drafts.ts): drafts are shown there and nowhere else. */
  readonly SITE_SHOW_DRAFTS?: boolean;
}

/** The URL of a module compiled into a chunk of its own (src/integrations/lazy-module.ts). */
declare module 'lazy-url:*' {
  export const url: string;
}
