import { WindowsDialog } from '@/components/dialog/WindowsDialog';
import { fill } from '@/lib/text/fill';
import type { DialogMessages, SimMessages } from './labels';

/** The Windows-like error for a failed activation, shown right where the visitor pressed, linked to the code's page. */
export function FailureDialog({
  code,
  labels,
  messages,
  errorBase,
  onClose,
}: {
  code: '0xC004C020' | '0xC004C003';
  labels: SimMessages['dialog'];
  messages: DialogMessages;
  errorBase: string;
  onClose: () => void;
}) {
  return (
    <div className="col-span-full" data-testid="sim-dialog" data-code={code}>
      <WindowsDialog
        title={labels.title}
        simulationLabel={labels.simulation}
        variant="error"
        heading={labels.heading}
        rows={[
          { label: labels.code, value: code, code: true },
          { label: labels.description, value: messages[code] },
        ]}
        buttons={[labels.ok]}
        onClose={onClose}
        closeLabel={labels.close}
        code={code}
        footer={
          <a href={`${errorBase}${code.toLowerCase()}/`} data-testid="sim-dialog-link">
            {fill(labels.errorPage, { code })}
          </a>
        }
      />
    </div>
  );
}
