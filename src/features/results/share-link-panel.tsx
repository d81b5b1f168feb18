import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../engine/answers';
import { model } from '../../model/structure';
import { buildShareUrl, encodeShareLink } from '../../portability/share-link';
import { useAssessmentStore } from '../../state/assessment-store';
import './portability.css';

type LinkState =
  | { kind: 'none' }
  | { kind: 'ready'; url: string; answers: Answers; copied: 'no' | 'yes' | 'failed' }
  | { kind: 'failed' };

/** Creates a read-only link to these results and copies it. */
export function ShareLinkPanel() {
  const { t } = useTranslation('portability');
  const answers = useAssessmentStore((s) => s.answers);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<LinkState>({ kind: 'none' });
  const hasAnswers = Object.keys(answers).length > 0;
  // A link made before the answers changed would share old answers: it is no longer offered.
  const current = link.kind === 'ready' && link.answers === answers ? link : null;

  const create = async () => {
    try {
      const url = buildShareUrl(await encodeShareLink(answers, model), window.location.href);
      setLink({ kind: 'ready', url, answers, copied: 'no' });
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
      ) : !current ? (
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
