'use client';

import { useState } from 'react';
import css from './CopyLink.module.css';

export type ShareLabels = { copy: string; copied: string; failed: string; share: string };

/**
 * "Copy link" for a step, scenario, code, claim or question: copies the page's URL (with the
 * given #fragment, or the current query string) and confirms visibly and to screen readers.
 * Where the browser can share (phones), a Share button appears too. Kept plain (one state, the
 * look in CopyLink.module.css, the icon drawn by CSS) because every story step ships it.
 */
export function CopyLink({
  hash,
  keepQuery,
  labels,
  context,
  testId = 'copy-link',
}: {
  hash?: string;
  keepQuery?: boolean;
  labels: ShareLabels;
  /** What the link points to, for screen readers where a page has many copy buttons. */
  context?: string;
  testId?: string;
}) {
  // status: '' (idle), 'copied' or 'failed'; url: the link shown when copying failed.
  const [state, setState] = useState({ status: '', url: '', share: false });
  const canShare = () => typeof navigator.share == 'function';
  const url = () => {
    const { origin, pathname, search } = location;
    return origin + pathname + (keepQuery ? search : '') + (hash ? '#' + hash : '');
  };

  return (
    <span className={`needs-js no-print ${css.wrap}`} data-pagefind-ignore="all">
      <button
        type="button"
        onClick={() =>
          Promise.resolve()
            .then(() => navigator.clipboard.writeText(url()))
            // No clipboard (an insecure origin, a refused permission): show the link, selected, to copy by hand.
            .then(
              () => setState({ status: 'copied', url: '', share: canShare() }),
              () => setState({ status: 'failed', url: url(), share: canShare() }),
            )
        }
        onFocus={() => setState((s) => ({ ...s, share: canShare() }))}
        className={css.button}
        data-testid={testId}
      >
        {labels.copy}
        {context ? <span className="sr-only">: {context}</span> : null}
      </button>
      {state.share ? (
        <button type="button" className={css.share} onClick={() => navigator.share({ url: url(), title: document.title }).catch(() => undefined)}>
          {labels.share}
        </button>
      ) : null}
      <span role="status" className={css.status} data-testid={`${testId}-status`}>
        {state.status === 'copied' ? labels.copied : state.status ? labels.failed : ''}
      </span>
      {state.url ? (
        <input
          type="text"
          readOnly
          value={state.url}
          aria-label={labels.copy}
          ref={(el) => {
            el?.focus();
            el?.select();
          }}
          onFocus={(event) => event.currentTarget.select()}
          className={css.url}
          data-testid={`${testId}-url`}
        />
      ) : null}
    </span>
  );
}
