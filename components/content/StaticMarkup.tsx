'use client';

import { createElement, useId, useState, type HTMLAttributes, type ReactNode } from 'react';

type Tag = 'article' | 'details' | 'div' | 'footer' | 'nav' | 'section';

/**
 * Server-rendered markup that the browser keeps as it is, without hydrating it.
 *
 * Hydration walks every element React rendered, even text with no handlers (a server component
 * can have none). For a page of prose that walk is most of the work after the first paint. Here
 * the server renders `children` into the element, and in the browser the component adopts the
 * element's own HTML as `dangerouslySetInnerHTML`: React then neither hydrates nor changes what is
 * inside (https://react.dev/reference/react-dom/components/common#dangerously-setting-the-inner-html).
 * If React ever renders it afresh (a hydration error elsewhere), the HTML read here is written
 * back, so the text never disappears. Since the browser never reads `children`, the build drops
 * them from the page's inline payload (lib/build/static-payload.mjs): the text is sent once.
 *
 * Only for markup with no client component inside: an island in here would never hydrate.
 * `e2e/static-markup.spec.ts` checks both sides.
 */
export function StaticMarkup({ as = 'div', children, ...props }: { as?: Tag; children: ReactNode } & HTMLAttributes<HTMLElement>) {
  const id = useId();
  const [html] = useState(() =>
    typeof document === 'undefined' ? null : (document.querySelector(`[data-static="${CSS.escape(id)}"]`)?.innerHTML ?? null),
  );
  if (html === null) return createElement(as, { ...props, 'data-static': id }, children);
  return createElement(as, { ...props, 'data-static': id, dangerouslySetInnerHTML: { __html: html } });
}
