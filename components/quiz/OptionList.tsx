/** One question's answers as radio buttons, for the quiz and the classroom pretest. */
export function OptionList({
  name,
  options,
  chosen,
  onChoose,
  disabled = false,
  labelClassName = 'flex items-start gap-2',
  className = 'mt-2 space-y-1',
}: {
  name: string;
  options: string[];
  chosen: number | undefined;
  onChoose: (index: number) => void;
  disabled?: boolean;
  labelClassName?: string;
  className?: string;
}) {
  return (
    <ul className={className}>
      {options.map((option, i) => (
        <li key={i}>
          <label className={labelClassName}>
            <input type="radio" name={name} value={i} checked={chosen === i} disabled={disabled} onChange={() => onChoose(i)} className="mt-1.5" />
            <span>{option}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
