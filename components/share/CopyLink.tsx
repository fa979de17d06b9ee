'use client';

import { useState } from 'react';
import { LinkGlyph } from '@/components/icons/LinkGlyph';

export type ShareLabels = { copy: string; copied: string; failed: string; share: string };

/**
 * "Copy link" for a step, scenario, code, claim or question: copies the page's URL (with the
 * given #fragment, or the current query string) and confirms visibly and to screen readers.
 * Where the browser can share (phones), a Share button appears too.
 */
export function CopyLink({
  hash,
  keepQuery = false,
  labels,
  context,
  testId,
}: {
  hash?: string;
  keepQuery?: boolean;
  labels: ShareLabels;
  /** What the link points to, for screen readers where a page has many copy buttons. */
  context?: string;
  testId?: string;
}) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [failedUrl, setFailedUrl] = useState('');
  const [canShare, setCanShare] = useState(false);

  function url() {
    const { origin, pathname, search } = window.location;
    return `${origin}${pathname}${keepQuery ? search : ''}${hash ? `#${hash}` : ''}`;
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url());
      setStatus('copied');
    } catch {
      // No clipboard (an insecure origin, a refused permission): show the link, selected, to copy by hand.
      setFailedUrl(url());
      setStatus('failed');
    }
    setCanShare(typeof navigator.share === 'function');
  }

  return (
    <span className="needs-js no-print my-2 inline-flex flex-wrap items-center gap-2" data-pagefind-ignore="all">
      <button
        type="button"
        onClick={copy}
        onFocus={() => setCanShare(typeof navigator.share === 'function')}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-control border border-line-strong px-2 py-1 text-small hover:bg-panel"
        data-testid={testId ?? 'copy-link'}
      >
        <LinkGlyph />
        {labels.copy}
        {context ? <span className="sr-only">: {context}</span> : null}
      </button>
      {canShare ? (
        <button
          type="button"
          className="min-h-11 rounded border border-line px-2 py-1 text-sm hover:bg-panel"
          onClick={() => navigator.share({ url: url(), title: document.title }).catch(() => undefined)}
        >
          {labels.share}
        </button>
      ) : null}
      <span role="status" className="text-sm text-ok-ink" data-testid={`${testId ?? 'copy-link'}-status`}>
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.failed : ''}
      </span>
      {status === 'failed' ? (
        <input
          type="text"
          readOnly
          value={failedUrl}
          aria-label={labels.copy}
          ref={(el) => {
            el?.focus();
            el?.select();
          }}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full max-w-md rounded border border-line bg-page px-2 py-1 font-mono text-sm"
          data-testid={`${testId ?? 'copy-link'}-url`}
        />
      ) : null}
    </span>
  );
}
