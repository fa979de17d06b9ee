'use client';

import { useId, useState } from 'react';
import { fill } from '@/lib/text/fill';
import { checkNumber, type FieldErrorLabels } from '@/lib/simulator/number';

/**
 * A whole-number setting the visitor can type in freely. It is checked when the visitor leaves
 * the field or presses Enter: a valid number is applied; anything else shows a message under the
 * field and the simulation keeps its last valid value. A value changed from outside (a loaded
 * scenario, undo) replaces what is in the field.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  disabled,
  onCommit,
  labels,
  testId,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  disabled: boolean;
  onCommit: (value: number) => void;
  labels: FieldErrorLabels & { kept: string };
  testId: string;
}) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState('');
  const [shown, setShown] = useState(value);
  const id = useId();
  if (shown !== value) {
    // Adjusting state while rendering (React's pattern for a changed prop), not in an effect.
    setShown(value);
    setText(String(value));
    setError('');
  }

  function commit() {
    const checked = checkNumber(text, min, max, labels);
    if ('error' in checked) {
      setError(`${checked.error} ${fill(labels.kept, { value })}`);
      return;
    }
    setError('');
    setText(String(checked.value));
    if (checked.value !== value) onCommit(checked.value);
  }

  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value.slice(0, 12))}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
        className={`mt-1 min-h-11 w-24 rounded border bg-page px-2 py-1 ${error ? 'border-2 border-bad-ink' : 'border-line'}`}
        data-testid={testId}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 max-w-60 font-semibold text-bad-ink" data-testid={`${testId}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
