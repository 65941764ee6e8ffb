import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a page to an HTML document. Text is escaped by Preact; nothing here bypasses that. */
export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
