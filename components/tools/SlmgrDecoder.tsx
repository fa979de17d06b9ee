'use client';

import { useId, useState } from 'react';
import { describeChannel, maskProductKeys, parseSlmgr, type SlmgrResult } from '@/lib/slmgr';
import { fill } from '@/lib/text/fill';
import { useHydrated } from '@/components/hooks/useHydrated';

export type SlmgrLabels = Record<
  | 'label' | 'placeholder' | 'decode' | 'clear' | 'masked' | 'notSlmgr' | 'empty' | 'truncated' | 'product' | 'name'
  | 'descriptionField' | 'channel' | 'partialKey' | 'status' | 'expiration' | 'permanent' | 'expires' | 'notificationReason'
  | 'whatItMeans' | 'minutes' | 'lessonLink' | 'ifBoughtLink',
  string
> & { channels: Record<string, string>; statuses: Record<string, string>; notes: Record<string, string> };


/**
 * Decodes pasted slmgr output in the browser. A full product key in the pasted text is masked
 * the moment it arrives and never kept; nothing is sent or stored.
 */
export function SlmgrDecoder({ labels, links }: { labels: SlmgrLabels; links: { lesson: string; ifBought: string } }) {
  const id = useId();
  // Marks the form once React has hydrated it, so a test can wait for that state instead of sleeping.
  const hydrated = useHydrated();
  const [text, setText] = useState('');
  const [masked, setMasked] = useState(0);
  const [result, setResult] = useState<SlmgrResult | null>(null);

  function accept(value: string) {
    const safe = maskProductKeys(value);
    if (safe.found > 0) setMasked((n) => n + safe.found);
    setText(safe.text);
    setResult(safe.text.trim() ? parseSlmgr(safe.text) : null);
  }

  return (
    <div>
      <form
        data-hydrated={hydrated ? 'true' : undefined}
        onSubmit={(e) => {
          e.preventDefault();
          setResult(parseSlmgr(text));
        }}
      >
        <label htmlFor={id} className="block font-semibold">
          {labels.label}
        </label>
        <textarea
          id={id}
          value={text}
          rows={9}
          spellCheck={false}
          autoComplete="off"
          placeholder={labels.placeholder}
          onChange={(e) => accept(e.target.value)}
          className="mt-2 w-full rounded border border-line bg-page p-3 font-mono text-sm placeholder:text-muted"
          data-testid="slmgr-input"
        />
        <div className="mt-2 flex gap-2">
          <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink">
            {labels.decode}
          </button>
          <button
            type="button"
            className="rounded border border-line px-4 py-2"
            onClick={() => {
              setText('');
              setResult(null);
              setMasked(0);
            }}
          >
            {labels.clear}
          </button>
        </div>
      </form>
      <div aria-live="polite" className="mt-6 space-y-4" data-testid="slmgr-output">
        {masked > 0 ? (
          <p role="alert" className="rounded border-l-4 border-warn-line bg-warn px-4 py-3 font-semibold" data-testid="slmgr-masked">
            {fill(labels.masked, { n: masked })}
          </p>
        ) : null}
        {result ? <Decoded result={result} labels={labels} links={links} /> : null}
      </div>
    </div>
  );
}

function Decoded({ result, labels, links }: { result: SlmgrResult; labels: SlmgrLabels; links: { lesson: string; ifBought: string } }) {
  if (result.kind === 'empty') return <p>{labels.empty}</p>;
  if (result.kind === 'not-slmgr') return <p data-testid="slmgr-not">{labels.notSlmgr}</p>;
  return (
    <>
      {result.notes.includes('truncated') ? <p className="text-sm text-muted">{labels.truncated}</p> : null}
      {result.permanent ? <p className="rounded bg-ok px-3 py-2 text-ok-ink">{labels.permanent}</p> : null}
      {result.expires ? <p>{fill(labels.expires, { date: result.expires })}</p> : null}
      {result.products.map((p, i) => {
        const facts = describeChannel(p.channel);
        return (
          <section key={i} className="rounded border border-line p-4" data-testid="slmgr-product" data-channel={p.channel}>
            <h2 className="text-lg font-bold">{fill(labels.product, { n: i + 1 })}</h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {p.name ? (
                <>
                  <dt className="text-muted">{labels.name}</dt>
                  <dd>{p.name}</dd>
                </>
              ) : null}
              {p.description ? (
                <>
                  <dt className="text-muted">{labels.descriptionField}</dt>
                  <dd className="break-words">{p.description}</dd>
                </>
              ) : null}
              <dt className="text-muted">{labels.channel}</dt>
              <dd className="font-semibold" data-testid="slmgr-channel">
                {labels.channels[p.channel] ?? p.channel}
                {p.channelToken ? <span className="ml-2 font-mono font-normal text-muted">{p.channelToken}</span> : null}
              </dd>
              {p.partialKey ? (
                <>
                  <dt className="text-muted">{labels.partialKey}</dt>
                  <dd className="font-mono">{p.partialKey}</dd>
                </>
              ) : null}
              {p.status ? (
                <>
                  <dt className="text-muted">{labels.status}</dt>
                  <dd data-testid="slmgr-status">{labels.statuses[p.status] ?? p.statusRaw}</dd>
                </>
              ) : null}
              {p.notificationReason ? (
                <>
                  <dt className="text-muted">{labels.notificationReason}</dt>
                  <dd className="font-mono">{p.notificationReason}</dd>
                </>
              ) : null}
              {p.kmsExpirationMinutes !== undefined ? (
                <>
                  <dt className="text-muted">{labels.expiration}</dt>
                  <dd>{fill(labels.minutes, { m: p.kmsExpirationMinutes, d: Math.floor(p.kmsExpirationMinutes / 1440) })}</dd>
                </>
              ) : null}
            </dl>
            <div className="mt-3 rounded bg-panel px-3 py-2">
              <p className="text-sm font-semibold">{labels.whatItMeans}</p>
              <p className="mt-1">{labels.notes[facts.licenseNote] ?? labels.notes.unknown}</p>
              <p className="mt-1 text-sm">
                <a href={links.lesson}>{labels.lessonLink}</a>
                {facts.isVolume ? (
                  <>
                    {' · '}
                    <a href={links.ifBought}>{labels.ifBoughtLink}</a>
                  </>
                ) : null}
              </p>
            </div>
          </section>
        );
      })}
    </>
  );
}
