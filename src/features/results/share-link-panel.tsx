import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleField } from '../../components/role-field';
import type { Answers } from '../../engine/answers';
import { model } from '../../model/structure';
import { buildShareUrl, countShortenedNotes, encodeShareLink, LINK_NAME_MAX_LENGTH, LINK_NOTE_MAX_LENGTH, LINK_TEXT_MAX_LENGTH, type LinkSender } from '../../portability/share-link';
import { useAssessmentStore } from '../../state/assessment-store';
import './portability.css';

type LinkState =
  | { kind: 'none' }
  | { kind: 'ready'; url: string; answers: Answers; sender: LinkSender; copied: 'no' | 'yes' | 'failed' }
  | { kind: 'failed' };

/**
 * Creates a read-only link to these results and copies it. The link may carry a name, a role and the notes, so that
 * it is also a submission to a workshop (the facilitator pastes it), and a label shown when it is opened.
 */
export function ShareLinkPanel() {
  const { t } = useTranslation('portability');
  const answers = useAssessmentStore((s) => s.answers);
  const notes = useAssessmentStore((s) => s.notes);
  const inputId = useId();
  const nameId = useId();
  const labelId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<LinkState>({ kind: 'none' });
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [label, setLabel] = useState('');
  const [withNotes, setWithNotes] = useState(false);
  const hasAnswers = Object.keys(answers).length > 0;
  const noteCount = Object.values(notes).filter((note) => note?.trim()).length;
  const shortened = countShortenedNotes(notes);
  const sender: LinkSender = { name, role, label, notes: withNotes ? notes : undefined };
  // A link made before the answers or the fields changed would share something else: it is no longer offered.
  const current =
    link.kind === 'ready' &&
    link.answers === answers &&
    link.sender.name === name &&
    link.sender.role === role &&
    link.sender.label === label &&
    link.sender.notes === sender.notes
      ? link
      : null;

  const create = async () => {
    try {
      const url = buildShareUrl(await encodeShareLink(answers, model, sender), window.location.href);
      setLink({ kind: 'ready', url, answers, sender, copied: 'no' });
    } catch (error) {
      console.error(error);
      setLink({ kind: 'failed' });
    }
  };

  const copy = async () => {
    if (!current) return;
    try {
      await navigator.clipboard.writeText(current.url);
      setLink({ ...current, copied: 'yes' });
    } catch {
      inputRef.current?.select();
      setLink({ ...current, copied: 'failed' });
    }
  };

  return (
    <section className="card portability" aria-labelledby="share-title">
      <h2 id="share-title">{t('share.title')}</h2>
      <p>{t('share.intro')}</p>
      {!hasAnswers ? (
        <p className="hint">{t('share.noAnswers')}</p>
      ) : (
        <>
          <div className="share-link__fields">
            <div className="field">
              <label htmlFor={nameId}>{t('share.nameLabel')}</label>
              <input id={nameId} type="text" autoComplete="name" maxLength={LINK_NAME_MAX_LENGTH} value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <RoleField label={t('share.roleLabel')} value={role} onChange={setRole} />
            <div className="field">
              <label htmlFor={labelId}>{t('share.labelLabel')}</label>
              <input id={labelId} type="text" autoComplete="organization" maxLength={LINK_TEXT_MAX_LENGTH} value={label} onChange={(e) => setLabel(e.target.value)} />
            </div>
          </div>
          <p className="hint">{t('share.workshopHint')}</p>
          {noteCount > 0 && (
            <div className="checkbox">
              <input id={`${nameId}-notes`} type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} />
              <label htmlFor={`${nameId}-notes`}>{t('share.withNotes', { count: noteCount })}</label>
            </div>
          )}
          {withNotes && shortened > 0 && <p className="hint">{t('share.notesShortened', { count: shortened, max: LINK_NOTE_MAX_LENGTH })}</p>}
          {!current ? (
            <button type="button" className="button button--secondary" onClick={() => void create()}>
              {t('share.create')}
            </button>
          ) : (
            <div className="share-link">
              <div className="field">
                <label htmlFor={inputId}>{t('share.linkLabel')}</label>
                <input
                  ref={inputRef}
                  id={inputId}
                  type="text"
                  readOnly
                  value={current.url}
                  onFocus={(event) => event.currentTarget.select()}
                  className="share-link__url"
                />
              </div>
              <p className="hint">{t('share.length', { count: current.url.length })}</p>
              <div className="actions">
                <button type="button" className="button button--primary" onClick={() => void copy()}>
                  {t('share.copy')}
                </button>
                <a className="button button--secondary" href={current.url} target="_blank" rel="noopener">
                  {t('share.open')}
                </a>
              </div>
            </div>
          )}
        </>
      )}
      <p role="status" aria-live="polite" className="portability__status">
        {current?.copied === 'yes' ? t('share.copied') : current?.copied === 'failed' ? t('share.copyFailed') : ''}
      </p>
      {link.kind === 'failed' && (
        <p role="alert" className="notice notice--error">
          {t('share.failed')}
        </p>
      )}
    </section>
  );
}
