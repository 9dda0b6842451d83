interface ImportMetaEnv {
  /** True in `astro dev` only (src/integrations/drafts.ts): drafts are shown there and nowhere else. */
  readonly SITE_SHOW_DRAFTS?: boolean;
}
