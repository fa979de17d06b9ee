'use client';

import { createElement, useState, type HTMLAttributes, type ReactNode } from 'react';

type Tag = 'article' | 'details' | 'div' | 'footer' | 'nav' | 'section';

/** The server's HTML of every StaticMarkup on the page, by name, read once before React changes anything. */
let serverHtml: Map<string, string> | null = null;

function htmlFromServer(name: string): string | null {
  if (typeof document === 'undefined') return null;
  serverHtml ??= new Map(Array.from(document.querySelectorAll<HTMLElement>('[data-static]'), (el) => [el.dataset.static ?? '', el.innerHTML]));
  return serverHtml.get(name) ?? null;
}

/**
 * Server-rendered markup that the browser keeps as it is, without hydrating it.
 *
 * Hydration walks every element React rendered, even text with no handlers (a server component
 * can have none). For a page of prose that walk is most of the work after the first paint. Here
 * the server renders `children` into the element, and in the browser the component adopts the
 * element's own HTML as `dangerouslySetInnerHTML`: React then neither hydrates nor changes what is
 * inside (https://react.dev/reference/react-dom/components/common#dangerously-setting-the-inner-html).
 * The HTML is looked up by `name` (unique on the page; the build checks) and read the first time
 * any StaticMarkup renders in the browser, so if React ever renders one afresh (after a hydration
 * error elsewhere) the same HTML is written back and the text never disappears. Since the browser
 * never reads `children`, the build drops them from the page's inline payload
 * (lib/build/static-payload.mjs): the text is sent once.
 *
 * Only for markup with no client component inside: an island in here would never hydrate (the
 * build fails if one is). `e2e/static-markup.spec.ts` checks both sides.
 */
export function StaticMarkup({ name, as = 'div', children, ...props }: { name: string; as?: Tag; children: ReactNode } & HTMLAttributes<HTMLElement>) {
  const [html] = useState(() => htmlFromServer(name));
  if (html === null) return createElement(as, { ...props, 'data-static': name }, children);
  return createElement(as, { ...props, 'data-static': name, dangerouslySetInnerHTML: { __html: html } });
}
