// html-validate configuration for the built site (tests/build/html-validate.test.ts checks every
// HTML file in dist/ against it; `npx html-validate dist` uses it too).
// An ES module so that each exception can say why it is there.
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  // recommended: the full rule set; document: rules that only make sense for whole pages
  // (doctype, heading levels, missing id references, SRI, labels on every field).
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Titles are "<entry title> · Learning Route Attapeu"; several entry titles are long by
    // nature (organisation names such as "Rural Livelihoods Improvement Programme (RLIP)").
    // The 70-character limit is a search-engine display heuristic, not an HTML error, and the
    // remedy would be editorial.
    'long-title': 'off',

    // Heading ids are made by the Markdown processor from the heading text, GitHub-style, so a
    // heading such as "2009: going larger" gets id="2009-going-larger". HTML5 allows ids that
    // begin with a digit; the relaxed mode still rejects empty ids and ids with whitespace, and
    // tests/build/links.test.ts checks that every #fragment link finds its id.
    'valid-id': ['error', { relaxed: true }],

    // Subresource Integrity guards files fetched from other servers. Every script, style sheet
    // and font here comes from the site itself (the privacy gate checks that), where a hash
    // adds nothing: any third-party resource added later still needs integrity="…".
    'require-sri': ['error', { target: 'crossorigin' }],

    // Safari (WebKit) drops the list role of an <ol>/<ul> styled with list-style: none, so a
    // styled list that must stay a list for screen readers (the timeline) says role="list".
    // Every other redundant role is still refused.
    'no-redundant-role': ['error', { exclude: ['list'] }],

    // The search filters are groups of checkboxes sharing a name (type=Case+studies&type=Places):
    // a form sends each ticked value, which is how a filter with several values travels in the
    // address. Other duplicate names are still refused.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});
