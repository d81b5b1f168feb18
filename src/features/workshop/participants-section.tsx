import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { NAME_MAX_LENGTH } from '../../engine/limits';
import { questionCount } from '../../model/structure';
import { type ParticipantRecord, participantName, useWorkshopStore } from './workshop-store';

interface Props {
  /** Called just before a participant is removed (after the user confirmed), with what the page says it did. */
  onRemoving: (message: string) => void;
}

/** The participants: a name each (renamed in place), where their answers came from, and removal after a confirmation. */
export function ParticipantsSection({ onRemoving }: Props) {
  const { t } = useTranslation('workshop');
  const participants = useWorkshopStore((s) => s.participants);
  const renameParticipant = useWorkshopStore((s) => s.renameParticipant);
  const removeParticipant = useWorkshopStore((s) => s.removeParticipant);
  const [removing, setRemoving] = useState<ParticipantRecord | null>(null);
  const nameOf = (p: ParticipantRecord) => participantName(p, (n) => t('participantN', { n }));
  const count = participants.length;

  return (
    <section className="card" aria-labelledby="ws-people-title">
      <h2 id="ws-people-title">{t('setup.participantsTitle', { count })}</h2>
      {count === 0 ? (
        <p className="hint">{t('setup.noParticipants')}</p>
      ) : (
        <ul className="participant-list">
          {participants.map((p) => (
            <li key={p.id} className="participant-list__item">
              <div className="field participant-list__name">
                <label htmlFor={`name-${p.id}`}>{t('setup.participantName', { n: p.number })}</label>
                <input
                  id={`name-${p.id}`}
                  type="text"
                  maxLength={NAME_MAX_LENGTH}
                  value={p.name}
                  placeholder={t('participantN', { n: p.number })}
                  onChange={(event) => renameParticipant(p.id, event.target.value)}
                />
              </div>
              <p className="participant-list__meta">
                {p.source === 'file'
                  ? t('setup.fromFile', { fileName: p.fileName })
                  : p.source === 'browser'
                    ? t('setup.fromBrowser')
                    : p.source === 'link'
                      ? t('setup.fromLink')
                      : t('setup.fromDevice')}
                {p.role && ` · ${p.role}`}
                {' · '}
                {t('setup.answered', { count: Object.keys(p.answers).length, total: questionCount })}
                {p.finishedAt && <> · <strong className="participant-list__finished">{t('turn.finished')}</strong></>}
              </p>
              <div className="participant-list__actions">
                {p.source === 'device' && (
                  <Link className="button button--small" to={`/workshop/answer/${p.id}`}>
                    {t('setup.continueAnswering')}
                  </Link>
                )}
                <button type="button" className="button button--small" aria-label={t('setup.removeLabel', { name: nameOf(p) })} onClick={() => setRemoving(p)}>
                  {t('setup.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('setup.removeTitle', { name: removing ? nameOf(removing) : '' })}
        message={t('setup.removeMessage')}
        confirmLabel={t('setup.removeConfirm')}
        onConfirm={() => {
          if (removing) {
            onRemoving(t('setup.removed', { name: nameOf(removing) }));
            removeParticipant(removing.id);
          }
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}
