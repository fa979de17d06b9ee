/** A labelled whole-number input for one simulator setting; a blank or zero entry becomes 1. */
export function NumberField({
  label,
  value,
  max,
  disabled,
  onChange,
  testId,
}: {
  label: React.ReactNode;
  value: number;
  max: number;
  disabled: boolean;
  onChange: (value: number) => void;
  testId: string;
}) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <input
        type="number"
        min={1}
        max={max}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(Number(e.target.value) || 1)}
        className="mt-1 w-24 rounded border border-line bg-page px-2 py-1"
        data-testid={testId}
      />
    </label>
  );
}
