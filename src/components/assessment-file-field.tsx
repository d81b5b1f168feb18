import { type ChangeEvent, type ReactNode, useId } from 'react';
import { loadFileReader } from '../portability/load-file-reader';
import { FileChooserButton } from './file-chooser-button';

interface Props {
  label: string;
  hint?: string;
  multiple?: boolean;
  /** Extra classes for the field (its place in the caller's layout). */
  className?: string;
  /** The id of the alert that says what was wrong with the last file, while there is one: the input is then invalid and described by it. */
  errorId?: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Shown inside the field, after the input. */
  children?: ReactNode;
}

// The file reader (and zod with it) loads on demand; a pointer or the keyboard heading for the input fetches it early.
const warmUp = () => void loadFileReader().catch(() => undefined);

/** The field to choose assessment (.json) files: label, hint, the translated chooser, its warm-up and its error wiring. */
export function AssessmentFileField({ label, hint, multiple, className, errorId, onChange, children }: Props) {
  const inputId = useId();
  const hintId = useId();
  const describedBy = [hint ? hintId : undefined, errorId].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <FileChooserButton
        id={inputId}
        multiple={multiple}
        accept=".json,application/json"
        aria-describedby={describedBy || undefined}
        aria-invalid={errorId ? true : undefined}
        onFocus={warmUp}
        onPointerEnter={warmUp}
        onChange={onChange}
      />
      {children}
    </div>
  );
}

/** What went wrong with a chosen file, announced at once; pass its id to the field as `errorId`. */
export function FileProblemAlert({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <div role="alert" id={id} className="notice notice--error">
      {children}
    </div>
  );
}
