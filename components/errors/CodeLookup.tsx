'use client';

import { useEffect, useId, useState } from 'react';
import { lookupIn, slugOf, type CodeIndex, type HexLookupResult } from '@/lib/errors/code-parse';

type Labels = Record<'label' | 'placeholder' | 'submit' | 'hint' | 'found' | 'unknown' | 'unknownNone' | 'empty' | 'invalid' | 'tooLong', string>;

/**
 * The forgiving error-code lookup. A known code opens its page; a well-formed unknown one gets
 * the nearest known codes; anything else a clear message. Without JavaScript the form submits
 * to the error index (`?code=`), which lists every code. Nothing typed leaves the browser.
 */
export function CodeLookup({ index, locale, action, pageBase, labels, readQuery = false }: { index: CodeIndex; locale: string; action: string; pageBase: string; labels: Labels; readQuery?: boolean }) {
  const id = useId();
  const [value, setValue] = useState('');
  const [result, setResult] = useState<HexLookupResult | null>(null);
  const href = (hex: string) => `${pageBase}${slugOf(hex)}/`;

  function run(input: string, navigate: boolean) {
    const r = lookupIn(index, input);
    setResult(r);
    if (r.kind === 'found' && navigate) window.location.assign(href(r.hex));
  }

  useEffect(() => {
    if (!readQuery) return;
    const code = new URLSearchParams(window.location.search).get('code');
    if (code === null) return;
    const text = code.slice(0, 300);
    /* eslint-disable react-hooks/set-state-in-effect */
    setValue(text);
    run(text, true);
    /* eslint-enable react-hooks/set-state-in-effect */
    // Run once, for the code the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  let message: React.ReactNode = null;
  if (result?.kind === 'found') message = labels.found.replace('{code}', result.hex);
  else if (result?.kind === 'empty') message = labels.empty;
  else if (result?.kind === 'invalid') message = result.reason === 'too-long' ? labels.tooLong : labels.invalid;
  else if (result?.kind === 'unknown')
    message = (
      <>
        {(result.suggestions.length ? labels.unknown : labels.unknownNone).replace('{code}', result.hex)}{' '}
        {result.suggestions.map((hex, i) => (
          <span key={hex}>
            {i > 0 ? '、' : ''}
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
        run(value, true);
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
          maxLength={300}
          value={value}
          placeholder={labels.placeholder}
          onChange={(e) => setValue(e.target.value)}
          className="min-w-0 flex-1 rounded border border-line bg-page px-3 py-2 font-mono placeholder:text-muted"
          data-testid="code-lookup-input"
        />
        <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink">
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
