import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_ROLE_MAX_LENGTH } from '../portability/share-link';

/** The built-in roles or departments offered to every participant (the facilitator's additions follow them). */
export const DEFAULT_ROLE_KEYS = ['management', 'marketing', 'communication', 'sales', 'customerService', 'it', 'people'] as const;

/** The roles offered: the built-in ones in the page's language, then the workshop's own, without repeats. */
export function useRoleOptions(extra: readonly string[] = []): string[] {
  // In the portability namespace (the share panel's), not the shell's: the first page carries none of it.
  const { t } = useTranslation('portability');
  const all = [...DEFAULT_ROLE_KEYS.map((key) => t(`roles.${key}`)), ...extra];
  const seen = new Set<string>();
  return all.filter((role) => {
    const key = role.trim().toLocaleLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface RoleFieldProps {
  value: string;
  onChange: (role: string) => void;
  /** The workshop's own roles, offered after the built-in ones. */
  extraRoles?: readonly string[];
  label: string;
  hint?: string;
}

/** A role or department: one of a short list, or any text (a native input with suggestions, so it works everywhere). */
export function RoleField({ value, onChange, extraRoles, label, hint }: RoleFieldProps) {
  const id = useId();
  const options = useRoleOptions(extraRoles);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        list={`${id}-list`}
        autoComplete="off"
        maxLength={LINK_ROLE_MAX_LENGTH}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={`${id}-list`}>
        {options.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
    </div>
  );
}
