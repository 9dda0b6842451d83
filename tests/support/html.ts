import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { distDir } from './paths';
import { builtPages } from './site';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** A built HTML page: the URL path a reader visits, its file and its source. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
}

/** The file that a URL path is served from: directory URLs get their index.html. */
export function fileForPath(path: string, root = distDir): string {
  const decoded = decodeURIComponent(path);
  return join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
}

/** Whether a URL path resolves to a file in the built site. */
export function existsInDist(path: string, root = distDir): boolean {
  const file = fileForPath(path, root);
  return existsSync(file) && statSync(file).isFile();
}

/** Every HTML page of the built site, read once. */
export function readBuiltPages(root = distDir): BuiltPage[] {
  return builtPages(root).map((path) => {
    const file = fileForPath(path, root);
    return { path, file, html: readFileSync(file, 'utf8') };
  });
}

/** Parses a whole HTML document as a browser would (parse5, the WHATWG algorithm). */
export function parseDocument(html: string): DefaultTreeAdapterMap['document'] {
  return parse(html);
}

/** Every element in document order (template contents included). */
export function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node && node.content) node.content.childNodes.forEach(visit);
  };
  visit(parseDocument(html));
  return found;
}

/** An attribute's value, or undefined. */
export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** The text inside an element (for <script> and <style>: their source, exactly as served). */
export function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}
