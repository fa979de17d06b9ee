'use client';

import { useEffect, useId, useState } from 'react';
import { useQueryParam } from '@/components/hooks/useQueryParam';
import { lookupIn, slugOf, type CodeIndex, type HexLookupResult } from '@/lib/errors/code-parse';
import { fill } from '@/lib/text/fill';

type Labels = Record<'label' | 'placeholder' | 'submit' | 'hint' | 'found' | 'unknown' | 'unknownNone' | 'empty' | 'invalid' | 'tooLong' | 'listSeparator', string>;

const MAX_QUERY = 300;

/**
 * The forgiving error-code lookup. A known code opens its page; a well-formed unknown one gets
 * the nearest known codes; anything else a clear message, all in the page's language. Without
 * JavaScript the form submits to the error index (`?code=`), which then runs the lookup on that
 * value. Nothing typed leaves the browser.
 */
export function CodeLookup({ index, locale, action, pageBase, labels, readQuery = false }: { index: CodeIndex; locale: string; action: string; pageBase: string; labels: Labels; readQuery?: boolean }) {
  const id = useId();
  const [query] = useQueryParam('code');
  const fromQuery = readQuery && query !== null ? query.slice(0, MAX_QUERY) : null;
  const [typed, setTyped] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const href = (hex: string) => `${pageBase}${slugOf(hex)}/`;

  const input = submitted ?? fromQuery;
  const result: HexLookupResult | null = input === null ? null : lookupIn(index, input);
  const target = result?.kind === 'found' ? href(result.hex) : null;

  // A known code opens its page, whether it was typed or came in the address (?code=).
  useEffect(() => {
    if (target) window.location.assign(target);
  }, [target]);

  let message: React.ReactNode = null;
  if (result?.kind === 'found') message = fill(labels.found, { code: result.hex });
  else if (result?.kind === 'empty') message = labels.empty;
  else if (result?.kind === 'invalid') message = result.reason === 'too-long' ? labels.tooLong : labels.invalid;
  else if (result?.kind === 'unknown')
    message = (
      <>
        {fill(result.suggestions.length ? labels.unknown : labels.unknownNone, { code: result.hex })}{' '}
        {result.suggestions.map((hex, i) => (
          <span key={hex}>
            {i > 0 ? labels.listSeparator : ''}
            <a href={href(hex)} data-testid="lookup-suggestion">
              {hex}
            </a>
          </span>
        ))}
      </>
    );

  return (
    <form
      role="search"
      action={action}
      method="get"
      lang={locale}
      className="not-prose my-6 rounded border border-line bg-panel p-4"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(typed ?? fromQuery ?? '');
      }}
    >
      <label htmlFor={id} className="block font-semibold">
        {labels.label}
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id={id}
          name="code"
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_QUERY}
          value={typed ?? fromQuery ?? ''}
          placeholder={labels.placeholder}
          onChange={(e) => setTyped(e.target.value)}
          className="min-h-11 min-w-0 flex-1 rounded border border-line bg-page px-3 py-2 font-mono placeholder:text-muted"
          data-testid="code-lookup-input"
        />
        <button type="submit" className="min-h-11 rounded bg-accent px-4 py-2 font-semibold text-accent-ink">
          {labels.submit}
        </button>
      </div>
      <p className="mt-2 text-sm text-muted">{labels.hint}</p>
      <p role="status" className="mt-2 min-h-6" data-testid="code-lookup-status">
        {message}
      </p>
    </form>
  );
}
