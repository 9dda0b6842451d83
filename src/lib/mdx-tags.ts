/**
 * Finds the JSX tags of one component in an MDX source and reads their attributes, without
 * compiling the MDX: enough for the content check to name a missing attribute with its line.
 * A value in braces (`alt={text}`) is an expression the check cannot judge; it is marked as such.
 */

/** One attribute as written: a literal string, an expression in braces, or a bare name (`fullSize`). */
export interface TagAttribute {
  kind: 'string' | 'expression' | 'boolean';
  /** The literal text, for `kind: 'string'`. */
  value?: string;
  /** 1-based line of the attribute's name. */
  line: number;
}

/** One `<Name …>` tag. */
export interface JsxTag {
  /** 1-based line of the `<`. */
  line: number;
  attributes: Map<string, TagAttribute>;
  /** The tag spreads an object (`{...props}`): attributes may come from it. */
  spread: boolean;
}

/** Index just past the brace that closes the one at `start`, skipping strings and template literals. */
function skipBraces(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"' || char === "'" || char === '`') {
      for (i += 1; i < text.length && text[i] !== char; i += 1) if (text[i] === '\\') i += 1;
    } else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Every `<name …>` tag in `source`, in order. Stops reading a tag at anything it does not understand. */
export function findJsxTags(source: string, name: string): JsxTag[] {
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  const tags: JsxTag[] = [];
  for (const match of source.matchAll(new RegExp(`<${name}(?=[\\s/>])`, 'g'))) {
    const tag: JsxTag = { line: lineAt(match.index), attributes: new Map(), spread: false };
    let i = match.index + match[0].length;
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i += 1;
      const char = source[i];
      if (char === undefined || char === '>' || source.startsWith('/>', i)) break;
      if (char === '{') {
        if (/^\{\s*\.\.\./.test(source.slice(i, i + 10))) tag.spread = true;
        i = skipBraces(source, i);
        continue;
      }
      const attributeName = /^[A-Za-z_:][\w:.-]*/.exec(source.slice(i))?.[0];
      if (!attributeName) break;
      const line = lineAt(i);
      i += attributeName.length;
      while (/\s/.test(source[i] ?? '')) i += 1;
      if (source[i] !== '=') {
        tag.attributes.set(attributeName, { kind: 'boolean', line });
        continue;
      }
      i += 1;
      while (/\s/.test(source[i] ?? '')) i += 1;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const end = source.indexOf(quote, i + 1);
        if (end < 0) break;
        tag.attributes.set(attributeName, { kind: 'string', value: source.slice(i + 1, end), line });
        i = end + 1;
      } else if (quote === '{') {
        tag.attributes.set(attributeName, { kind: 'expression', line });
        i = skipBraces(source, i);
      } else break;
    }
    tags.push(tag);
  }
  return tags;
}
