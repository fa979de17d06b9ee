import type { ErrorCode } from '@/lib/errors/schema';

type Labels = Record<'hex' | 'signed' | 'unsigned' | 'symbol' | 'appliesTo', string>;

/** The code's spellings (hex, signed and unsigned decimal), its SDK name and activation types. */
export function CodeDetails({ code, labels }: { code: ErrorCode; labels: Labels }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-muted">{labels.hex}</dt>
      <dd className="font-mono">
        {code.hex} ({code.hex.slice(2)})
      </dd>
      <dt className="text-muted">{labels.signed}</dt>
      <dd className="font-mono">{code.signed}</dd>
      <dt className="text-muted">{labels.unsigned}</dt>
      <dd className="font-mono">{code.unsigned}</dd>
      {code.symbol ? (
        <>
          <dt className="text-muted">{labels.symbol}</dt>
          <dd className="break-all font-mono">{code.symbol}</dd>
        </>
      ) : null}
      <dt className="text-muted">{labels.appliesTo}</dt>
      <dd>{code.appliesTo.join(', ')}</dd>
    </dl>
  );
}
