import { type ChangeEvent, type InputHTMLAttributes, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className' | 'onChange' | 'children'> {
  /** The input's id, for the field's own <label htmlFor>: the label stays the control's accessible name. */
  id: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * A file input whose visible button and "no file chosen" text are in the page's language, not the browser's.
 * The native input stays the control (transparent, laid over the button), so its label, the keyboard (Enter or
 * Space opens the chooser), assistive technology and automation behave exactly as for a plain file input.
 */
export function FileChooserButton({ id, multiple, onChange, 'aria-describedby': describedBy, ...inputProps }: Props) {
  const { t } = useTranslation();
  const chosenId = useId();
  // Kept here because callers clear the input after reading it, so the same file can be chosen again.
  const [chosen, setChosen] = useState<string[]>([]);
  const chosenText =
    chosen.length === 0 ? t('fileChooser.none') : chosen.length === 1 ? chosen[0] : t('fileChooser.many', { count: chosen.length });
  return (
    <div className="file-chooser">
      <span className="file-chooser__control">
        <input
          {...inputProps}
          id={id}
          type="file"
          multiple={multiple}
          className="file-chooser__input"
          aria-describedby={[describedBy, chosenId].filter(Boolean).join(' ')}
          onChange={(event) => {
            setChosen([...(event.currentTarget.files ?? [])].map((file) => file.name));
            onChange(event);
          }}
        />
        <span className="file-chooser__face" aria-hidden="true">
          {multiple ? t('fileChooser.chooseMany') : t('fileChooser.chooseOne')}
        </span>
      </span>
      <span className="file-chooser__chosen" id={chosenId}>
        {chosenText}
      </span>
    </div>
  );
}
