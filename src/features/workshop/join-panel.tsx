import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/qr-code';
import { useRoleOptions } from '../../components/role-field';
import { NAME_MAX_LENGTH } from '../../engine/limits';
import { buildJoinUrl, encodeJoinToken, JOIN_MAX_ROLES } from '../../portability/join-token';
import { useWorkshopStore } from './workshop-store';

/**
 * Join from the projector: a code participants scan to open Peldaño on their phone in participant mode for this
 * workshop (its title and roles travel in the address: no server), a short address for those who cannot scan, and
 * the roles on offer, which the facilitator can extend.
 */
export function JoinPanel() {
  const { t } = useTranslation('workshop');
  const title = useWorkshopStore((s) => s.title);
  const roles = useWorkshopStore((s) => s.roles);
  const inviteKey = useWorkshopStore((s) => s.inviteKey);
  const ensureInviteKey = useWorkshopStore((s) => s.ensureInviteKey);
  const addRole = useWorkshopStore((s) => s.addRole);
  const removeRole = useWorkshopStore((s) => s.removeRole);
  const builtIn = useRoleOptions();
  const [newRole, setNewRole] = useState('');
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const roleId = useId();
  useEffect(() => {
    if (!inviteKey) ensureInviteKey();
  }, [inviteKey, ensureInviteKey]);

  const base = typeof window === 'undefined' ? '' : window.location.href;
  const url = useMemo(
    () => (inviteKey ? buildJoinUrl(encodeJoinToken({ key: inviteKey, title, roles: roles ?? [] }), base) : ''),
    [inviteKey, title, roles, base],
  );
  // Without the token: participant mode with the built-in roles and no title, short enough to type.
  const shortAddress = `${base.split('#')[0]!.replace(/^https?:\/\//, '')}#/join`;
  const extra = roles ?? [];

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="join-panel">
      <h3>{t('join.panelTitle')}</h3>
      <div className="join-panel__grid">
        <div className="join-panel__code">
          {url && <QrCode value={url} label={t('join.qrLabel', { title: title || t('eyebrow') })} className="join-panel__qr" />}
          <p className="join-panel__short">
            {t('join.shortAddress')} <strong className="join-panel__address">{shortAddress}</strong>
          </p>
        </div>
        <div className="join-panel__text">
          <p>{t('join.panelBody')}</p>
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => void copy()} disabled={!url}>
              {t('join.copy')}
            </button>
          </div>
          <p role="status" aria-live="polite" className="workshop__status">
            {copied === 'yes' ? t('join.copied') : copied === 'failed' ? t('join.copyFailed', { url }) : ''}
          </p>
          <h4>{t('join.rolesTitle')}</h4>
          <p className="hint">{t('join.rolesBuiltIn', { roles: builtIn.join(', ') })}</p>
          {extra.length > 0 && (
            <ul className="join-panel__roles">
              {extra.map((role) => (
                <li key={role}>
                  <span>{role}</span>
                  <button type="button" className="button button--small" aria-label={t('join.removeRole', { role })} onClick={() => removeRole(role)}>
                    {t('setup.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {extra.length < JOIN_MAX_ROLES && (
            <form
              className="join-panel__add"
              onSubmit={(event) => {
                event.preventDefault();
                addRole(newRole);
                setNewRole('');
              }}
            >
              <div className="field">
                <label htmlFor={roleId}>{t('join.roleLabel')}</label>
                <input id={roleId} type="text" maxLength={NAME_MAX_LENGTH} value={newRole} onChange={(e) => setNewRole(e.target.value)} />
              </div>
              <button type="submit" className="button button--secondary" disabled={!newRole.trim()}>
                {t('join.includeRole')}
              </button>
            </form>
          )}
        </div>
      </div>
    </div>
  );
}
