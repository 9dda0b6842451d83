import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';
// Node 24 runs these TypeScript files as they are: one directory walk, one URL rule.
import { filesUnder } from '../../../src/build/files.ts';
import { urlOfFile } from '../../../src/lib/link-check.ts';

/**
 * Page weights of a built site, per HTML page, as a phone on a slow link receives them:
 *   first paint = HTML (gzip) + render-blocking CSS files (gzip). Inline <style> is inside
 *                 the HTML already; it is reported in the CSS column but not counted twice.
 *   eager JS    = every script that loads with the page: classic and module scripts (src or
 *                 inline), modulepreloads and the static imports of module scripts, followed
 *                 through the chunks; dynamic import() is not followed (it loads on demand).
 *   total       = HTML + all CSS + eager JS + the fonts the page uses (@font-face whose
 *                 unicode-range matches the page's text), all gzip; images apart.
 *   images      = bytes of the image files the page references (img src/srcset, picture
 *                 sources, icons), each once, uncompressed.
 */

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

function elements(html) {
  const found = [];
  const visit = (node, inHead) => {
    if (node.tagName) {
      const attrs = Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
      const text =
        node.tagName === 'script' || node.tagName === 'style'
          ? (node.childNodes ?? []).map((c) => c.value ?? '').join('')
          : undefined;
      found.push({ tag: node.tagName, attrs, inHead, text });
      if (node.tagName === 'template' && node.content) visit(node.content, inHead);
    }
    for (const child of node.childNodes ?? []) visit(child, inHead || node.tagName === 'head');
  };
  visit(parse(html), false);
  return found;
}

/** Visible text of a page (for font unicode-range matching). */
function textOf(html) {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
}

/** `U+E81-EDF, U+200C` → [[0xe81, 0xedf], [0x200c, 0x200c]] */
function unicodeRanges(value) {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    if (from.includes('?')) return [parseInt(from.replace(/\?/g, '0'), 16), parseInt(from.replace(/\?/g, 'F'), 16)];
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

/** Static imports of an ES module (not dynamic import()). */
export function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["']([^"']+)["']/g)) {
    found.add(match[1]);
  }
  return [...found];
}

export function analyseDist(distDir) {
  const files = new Set(filesUnder(distDir));
  const gzCache = new Map();
  const gzipOf = (file) => {
    if (!gzCache.has(file)) gzCache.set(file, gz(readFileSync(join(distDir, file))));
    return gzCache.get(file);
  };
  const sizeOf = (file) => statSync(join(distDir, file)).size;
  const resolve = (href, base) => {
    if (!href || /^(data|blob|mailto|tel|javascript):/i.test(href)) return undefined;
    const url = new URL(href, `http://x${base}`);
    if (url.host !== 'x') return undefined;
    let path = decodeURIComponent(url.pathname).slice(1);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    return files.has(path) ? path : undefined;
  };

  /** A module file and everything it imports statically. */
  const moduleGraph = (file, seen) => {
    if (!file || seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const specifier of staticImports(code)) moduleGraph(resolve(specifier, `/${file}`), seen);
  };

  const fontFaces = new Map();
  const fontsIn = (cssFile) => {
    if (!fontFaces.has(cssFile)) {
      const css = readFileSync(join(distDir, cssFile), 'utf8');
      const faces = [];
      for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
        const src =
          /url\(\s*["']?([^"')]+?\.woff2)["']?\s*\)/.exec(block)?.[1] ??
          /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(block)?.[1];
        const range = /unicode-range\s*:\s*([^;}]+)/.exec(block)?.[1];
        const file = src ? resolve(src, `/${cssFile}`) : undefined;
        if (file) faces.push({ file, ranges: range ? unicodeRanges(range) : undefined });
      }
      fontFaces.set(cssFile, faces);
    }
    return fontFaces.get(cssFile);
  };

  const pages = [];
  for (const file of [...files].filter((f) => f.endsWith('.html'))) {
    const url = urlOfFile(file);
    const html = readFileSync(join(distDir, file), 'utf8');
    const all = elements(html);
    const blockingCss = new Set();
    const otherCss = new Set();
    let inlineStyle = 0;
    const eagerFiles = new Set();
    let inlineJs = 0;
    const images = new Set();
    for (const { tag, attrs, inHead, text } of all) {
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (tag === 'link' && rel.includes('stylesheet')) {
        const target = resolve(attrs.href, url);
        if (!target) continue;
        const blocking = inHead && !attrs.disabled && (!attrs.media || /^(all|screen)$/i.test(attrs.media.trim()));
        (blocking ? blockingCss : otherCss).add(target);
      } else if (tag === 'style') {
        inlineStyle += gz(Buffer.from(text ?? ''));
      } else if (tag === 'script') {
        const type = (attrs.type ?? '').toLowerCase();
        const isModule = type === 'module';
        if (!(type === '' || isModule || type.includes('javascript'))) continue; // JSON-LD, importmap…
        if (attrs.src) {
          const target = resolve(attrs.src, url);
          if (isModule) moduleGraph(target, eagerFiles);
          else if (target) eagerFiles.add(target);
        } else if (text && text.trim()) {
          inlineJs += gz(Buffer.from(text));
          if (isModule) for (const specifier of staticImports(text)) moduleGraph(resolve(specifier, url), eagerFiles);
        }
      } else if (tag === 'link' && rel.includes('modulepreload')) {
        moduleGraph(resolve(attrs.href, url), eagerFiles);
      } else if (tag === 'link' && rel.includes('icon')) {
        const target = resolve(attrs.href, url);
        if (target) images.add(target);
      } else if (tag === 'img' || tag === 'source') {
        for (const candidate of [
          attrs.src,
          ...(attrs.srcset ?? '').split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]),
        ]) {
          const target = resolve(candidate, url);
          if (target) images.add(target);
        }
      }
    }
    const text = textOf(html);
    const fonts = new Set();
    for (const css of [...blockingCss, ...otherCss]) {
      for (const face of fontsIn(css)) {
        const used =
          !face.ranges ||
          [...text].some((ch) => {
            const code = ch.codePointAt(0);
            return face.ranges.some(([from, to]) => code >= from && code <= to);
          });
        if (used) fonts.add(face.file);
      }
    }
    const sum = (set, f = gzipOf) => [...set].reduce((total, name) => total + f(name), 0);
    const htmlGzip = gz(Buffer.from(html));
    const cssBlocking = sum(blockingCss);
    const jsEager = sum(eagerFiles) + inlineJs;
    const fontBytes = sum(fonts, sizeOf); // woff2 is compressed already
    pages.push({
      url,
      file,
      htmlGzip,
      cssBlockingGzip: cssBlocking,
      inlineStyleGzip: inlineStyle,
      firstPaintGzip: htmlGzip + cssBlocking,
      eagerJsGzip: jsEager,
      eagerJsFiles: [...eagerFiles],
      fontBytes,
      fonts: [...fonts],
      totalGzip: htmlGzip + cssBlocking + sum(otherCss) + jsEager + fontBytes,
      imageBytes: sum(images, sizeOf),
      images: images.size,
    });
  }
  return pages;
}

/** Bytes of every file below a folder. */
export function folderBytes(dir) {
  if (!existsSync(dir)) return 0;
  return filesUnder(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}
