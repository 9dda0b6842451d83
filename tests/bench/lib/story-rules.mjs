/**
 * Which pages are story pages, and the rules that tell a sentence about the documents from a
 * sentence of the story (used by story.mjs beside this file). Print the flagged sentences with
 * `node tests/bench/lib/story.mjs --verbose` to check them.
 */

/** At most this share of body sentences about the documents on a story page. */
export const TARGET_SHARE = 0.1;

/** Story pages: `/`, `/route/` and the pages of the four story collections. */
export const STORY_PATH = /^\/(?:route\/|(?:case-studies|lessons|innovation-plans|related)\/[^/]+\/)?$/;

/*
 * Which sentences are about the documents. A sentence is meta when any rule matches; --verbose
 * shows which. Quoted words are blanked first (“…”): a quotation is the documents' or a
 * person's voice, and "our" in a quote is not the site speaking. Tuned on the 2013 content:
 *   document  a source document named with a determiner: "the invitation", "both early
 *             documents", "the closing post's", "no source", "the title", "its caption";
 *             bare "post" and "source" only when not "post of…", "source of…" (a job, income);
 *   says      such a document, or "it"/"they"/"neither" standing for one, with a verb of saying
 *             in the present tense: the documents speak in the present, the story is told in
 *             the past, so "they describe" is flagged and "they described" is not;
 *   silent    "does not say/mention/name…", "is silent", "says nothing", "in so many words";
 *   passive   "is not known/named/recorded…", "is mentioned", "is said to", "is described as",
 *             "unnamed", "is unknown", "first listed";
 *   lost      what did not survive: "did not survive", "only … survives", "the picture is lost";
 *   spelling  "spelled", "spelling", "written “…”", "written X on this site", "typing error",
 *             "misprint", "garbled", "truncated", "abbreviation", "never expand";
 *   according "according to", "in the invitation's words", "as the post puts it";
 *   this site the site talking about itself: "this site", "this page", "corrected here",
 *             "our", "we", "the heading above".
 */
const DETERMINER = String.raw`(?:the|its|their|this|that|these|those|both|either|neither|no|other|two|three|four|all|whose|\S+[’']s?)`;
const DOC = `(?:${[
  'invitations?',
  'closing post',
  'second post',
  'first post',
  'blog posts?',
  String.raw`[“"]?route[- ]started[”"]? post`,
  String.raw`posts?(?!\s+(?:of|office)\b)`,
  String.raw`sources?(?!\s+of\b)`,
  'pages?',
  'documents?',
  'texts?',
  'reports?',
  'captions?',
  'photographs?',
  'photograph credit',
  'footnotes?',
  'headings?',
  String.raw`titles?(?!\s+deeds?\b)`,
  'wording',
  'copy',
  'news item',
  'item',
  'sentence',
].join('|')})`;
const PRONOUN_SAY = [
  'says?',
  'writes?',
  'spells?',
  'calls?',
  'names?',
  'lists?',
  'mentions?',
  'reports?',
  'states?',
  'describes?',
  'explains?',
  'credits?',
  'speaks? of',
  'refers? to',
  'quotes?',
];
const SAY_PRESENT = `(?:${[
  ...PRONOUN_SAY,
  'gives?',
  'puts?',
  'counts?',
  'shortens?',
  'sums? up',
  'heads?',
  'opens?',
  'closes?',
  'ends?',
  'thanks?',
  'adds?',
  'notes?',
  'records?',
  'tells?',
  'shows?',
  'expands?',
  'uses?',
  'presents?',
  'argues?',
  'admits?',
  'insists?',
  'promises?',
  'agrees?',
  'attributes?',
  'ties?',
  'sorts?',
  'draws?',
  'places?',
  'singles? out',
  'goes? a step',
].join('|')})`;
const ADVERB = String.raw`(?:(?:also|only|just|then|never|simply|still|even|\w+ly)\s+)?`;

/** A rule: one case-insensitive regular expression from alternatives. */
const rule = (name, alternatives) => ({ name, re: new RegExp(alternatives.join('|'), 'i') });

/** The rules that mark a sentence as being about the documents. */
export const META = [
  rule('document', [String.raw`\b${DETERMINER}\s+(?:\S+\s+){0,2}?${DOC}\b`, String.raw`\broute documents\b`]),
  rule('says', [
    String.raw`\b${DOC}\s+${ADVERB}${SAY_PRESENT}\b`,
    String.raw`\b(?:it|they|neither|none)\s+${ADVERB}(?:${PRONOUN_SAY.join('|')})\b`,
    String.raw`\b(?:it|they)\s+gives?\s+(?:no|only|nothing)\b`,
  ]),
  rule('silent', [
    String.raw`\b(?:does|do)\s+not\s+(?:say|mention|name|state|explain|expand|specify|record|report|describe|spell|attribute|repeat|connect|tie)\b`,
    String.raw`\b(?:is|are)\s+silent\b`,
    String.raw`\bsays?\s+nothing\b`,
    String.raw`\bin so many words\b`,
    String.raw`\bmentioned\s+nowhere\b`,
  ]),
  rule('passive', [
    String.raw`\b(?:is|are|was|were)\s+not\s+(?:\w+\s+)?(?:said|described|mentioned|named|recorded|reported|stated|known|expanded|explained|listed|dated|attributed|tied)\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:also\s+)?(?:said|described|portrayed|presented|reported)\s+(?:to|as)\b`,
    String.raw`\b(?:is|are|was|were)\s+mentioned\b`,
    String.raw`\b(?:is|are)\s+unknown\b`,
    String.raw`\bunnamed\b`,
    String.raw`\bfirst listed\b`,
    String.raw`\bonly\s+(?:\S+\s+){1,5}(?:is|are)\s+known\b`,
  ]),
  rule('lost', [
    String.raw`\b(?:did|does|has|have)\s+not\s+survived?\b`,
    String.raw`\bonly\s+(?:\S+\s+){1,3}survives?\b`,
    String.raw`\bsurviving\s+(?:copy|text|version)\b`,
    String.raw`\b(?:copy|text|version)\s+that\s+survives\b`,
    String.raw`\b(?:picture|photograph|image|caption|page|section|text|copy|sentence)s?\s+(?:itself\s+)?(?:is|are|was|were|has been|have been)\s+lost\b`,
    String.raw`\bbreaks off\b`,
    String.raw`\blost when\b`,
  ]),
  rule('spelling', [
    String.raw`\bspells?\s+(?:the|it|its|their|them|[“"])`, // not "dry spells"
    String.raw`\bspell(?:ed|ing)\b`,
    String.raw`\bspelt\b`,
    String.raw`\bmisspel`,
    String.raw`\bwritten\s+(?:as\s+)?[“"]`,
    String.raw`\bwritten\s+\S+\s+(?:in|on|by)\s+(?:the|this)\b`,
    String.raw`\btyp(?:o|os|ing error|ing mistake)\b`,
    String.raw`\bmisprint`,
    String.raw`\bgarbled\b`,
    String.raw`\btruncated\b`,
    String.raw`\babbreviat`,
    String.raw`\bacronym\b`,
    String.raw`\b(?:not|never)\s+expand`,
  ]),
  rule('according', [
    String.raw`\baccording to\b`,
    String.raw`\bin (?:the\s+)?(?:its|their|\S+[’']s?)\s+(?:own\s+)?(?:words|phrase|wording|terms)\b`,
    String.raw`\bas (?:the|it|they)\b[^,.;]*\bputs? it\b`,
    String.raw`\bin the words of\b`,
  ]),
  rule('this site', [
    String.raw`\bthis (?:site|website|page)\b`,
    String.raw`\b(?:given|corrected|used|shortened|followed|written|kept) here\b`,
    String.raw`\b(?:our|we)\b(?![.\w])`, // not "Our.COOP"
    String.raw`\b(?:title|heading|table|list|section|roles|figures?)\s+(?:above|below)\b`,
  ]),
];

/** The names of the META rules a sentence matches; empty when it tells the story. */
export function metaRules(sentence) {
  const unquoted = sentence.replace(/“[^“”]*”|"[^"]*"/g, '“…”');
  return META.filter((rule) => rule.re.test(unquoted)).map((rule) => rule.name);
}
