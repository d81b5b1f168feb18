import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentFileField } from '../../components/assessment-file-field';
import { useQuestionNamer } from '../../components/use-question-namer';
import { describeLinkProblem } from '../../portability/link-problem-messages';
import { describeFileProblem, listIds } from '../../portability/problem-messages';
import { addPastedLinks, type GatherOutcome, importParticipantFiles, settleUpdate } from './import-participant-files';
import { JoinPanel } from './join-panel';
import { QrScanner } from './qr-scanner';
import { TurnStarter } from './turn-starter';
import { participantName, useWorkshopStore } from './workshop-store';

interface Props {
  /** Called just before a participant's answers are replaced by a later submission (so the page can offer undo). */
  onReplacing?: (message: string) => void;
}

/**
 * "Gather the answers": links pasted in bulk (a whole chat thread), participants' files, turns on this device, and the
 * code participants scan to join; with what became of each link and file. Its notices belong to this visit: the page
 * remounts it (new key) when the workshop starts over.
 */
export function GatherSection({ onReplacing }: Props) {
  const { t, i18n } = useTranslation('workshop');
  const { t: tp } = useTranslation('portability');
  const participants = useWorkshopStore((s) => s.participants);
  const [outcomes, setOutcomes] = useState<GatherOutcome[]>([]);
  const [browserAdded, setBrowserAdded] = useState(false);
  // What was pasted stays until the facilitator clears it, whatever became of its links.
  const [pasted, setPasted] = useState('');
  const [noLinks, setNoLinks] = useState(false);
  const [busy, setBusy] = useState(false);
  const pasteId = useId();
  const nameQuestion = useQuestionNamer();
  const defaultName = (n: number) => t('participantN', { n });
  const nameOf = (outcome: { name: string; participantId?: string }) => {
    const p = outcome.participantId ? participants.find((x) => x.id === outcome.participantId) : undefined;
    return p ? participantName(p, defaultName) : outcome.name || t('gather.noName');
  };

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    setNoLinks(false);
    setOutcomes(await importParticipantFiles(files));
  };

  const addLinks = async (text: string) => {
    setBusy(true);
    try {
      const result = await addPastedLinks(text);
      setNoLinks(result === null);
      setOutcomes(result ?? []);
    } finally {
      setBusy(false);
    }
  };

  const settle = (outcome: GatherOutcome, replace: boolean) => {
    if (replace && outcome.kind === 'update') onReplacing?.(t('gather.replacedUndo', { name: nameOf(outcome) }));
    setOutcomes((list) => list.map((o) => (o.key === outcome.key ? settleUpdate(o, replace) : o)));
  };

  const sourceLabel = (o: GatherOutcome) => (o.source.kind === 'link' ? t('gather.linkN', { n: o.source.index }) : t('gather.fileNamed', { fileName: o.source.fileName }));
  const message = (o: GatherOutcome): string => {
    switch (o.kind) {
      case 'added':
        return o.dropped.length ? `${t('gather.added', { name: nameOf(o) })} ${t('gather.dropped', listIds(o.dropped))}` : t('gather.added', { name: nameOf(o) });
      case 'duplicate':
        return t('gather.duplicate', { name: nameOf(o) });
      case 'update':
        return t('gather.update', { name: nameOf(o) });
      case 'updated':
        return t('gather.updated', { name: nameOf(o) });
      case 'kept':
        return t('gather.kept', { name: o.name });
      case 'workshop':
        return t('fileLoad.workshopLoaded', { fileName: o.source.kind === 'file' ? o.source.fileName : '', count: o.count });
      case 'file-problem': {
        const m = describeFileProblem(o.problem, i18n.language, nameQuestion);
        return tp(m.key, m.values);
      }
      case 'link-problem': {
        const m = describeLinkProblem(o.problem);
        return tp(m.key as 'shared.problem.damaged', m.values);
      }
    }
  };
  const tag = (o: GatherOutcome) =>
    o.kind === 'link-problem'
      ? t(`gather.tag.${o.problem.code === 'other-model' ? 'otherModel' : o.problem.code === 'newer-version' ? 'newer' : 'damaged'}`)
      : o.kind === 'file-problem'
        ? t('gather.tag.damaged')
        : t(`gather.tag.${o.kind}`);

  const count = (kinds: GatherOutcome['kind'][]) => outcomes.filter((o) => kinds.includes(o.kind)).length;
  const problems = count(['link-problem', 'file-problem']);
  const pending = count(['update']);
  const showScanner = typeof window !== 'undefined' && 'BarcodeDetector' in window && Boolean(navigator.mediaDevices?.getUserMedia);

  return (
    <section className="card" aria-labelledby="ws-gather-title">
      <h2 id="ws-gather-title">{t('setup.gatherTitle')}</h2>
      <div className="workshop__ways">
        <div className="workshop__way workshop__way--links">
          <h3>{t('gather.linksTitle')}</h3>
          <p>{t('gather.linksBody')}</p>
          <form
            className="gather-paste"
            onSubmit={(event) => {
              event.preventDefault();
              void addLinks(pasted);
            }}
          >
            <div className="field">
              <label htmlFor={pasteId}>{t('gather.pasteLabel')}</label>
              <p className="field__hint" id={`${pasteId}-hint`}>
                {t('gather.pasteHint')}
              </p>
              <textarea
                id={pasteId}
                rows={5}
                value={pasted}
                spellCheck={false}
                aria-describedby={`${pasteId}-hint`}
                onChange={(e) => setPasted(e.target.value)}
              />
            </div>
            <div className="actions">
              <button type="submit" className="button button--primary" disabled={busy || !pasted.trim()}>
                {t('gather.add')}
              </button>
              {pasted && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setPasted('');
                    setNoLinks(false);
                  }}
                >
                  {t('gather.clear')}
                </button>
              )}
            </div>
          </form>
          {showScanner && (
            <QrScanner
              onLink={(link) => {
                const text = `${pasted}${pasted && !pasted.endsWith('\n') ? '\n' : ''}${link}\n`;
                setPasted(text);
                void addLinks(link);
              }}
            />
          )}
        </div>
        <div className="workshop__way">
          <h3>{t('setup.filesTitle')}</h3>
          <p>{t('setup.filesBody')}</p>
          <AssessmentFileField label={t('setup.filesLabel')} hint={t('setup.filesHint')} multiple onChange={(event) => void onFiles(event)} />
        </div>
        <TurnStarter browserAdded={browserAdded} onBrowserAdded={() => setBrowserAdded(true)} />
      </div>
      <div role="status" aria-live="polite" className="workshop__status">
        {outcomes.length > 0 && (
          <p className="notice notice--info">
            <span>{t('gather.summary', { count: outcomes.length })}</span> <span>{t('gather.summaryAdded', { count: count(['added']) })}</span>
            {pending > 0 && <span> {t('gather.summaryPending', { count: pending })}</span>}
            {count(['duplicate']) > 0 && <span> {t('gather.summaryDuplicate', { count: count(['duplicate']) })}</span>}
            {problems > 0 && <span> {t('gather.summaryProblems', { count: problems })}</span>}
          </p>
        )}
        {browserAdded && <p className="notice notice--ok">{t('setup.browserAdded')}</p>}
      </div>
      {noLinks && (
        <p role="alert" className="notice notice--error">
          {t('gather.noLinks')}
        </p>
      )}
      {problems > 0 && (
        <p role="alert" className="notice notice--error">
          {t('gather.problemsAlert', { count: problems })}
        </p>
      )}
      {outcomes.length > 0 && (
        <ul className="gather-outcomes" aria-label={t('gather.listLabel')}>
          {outcomes.map((o) => (
            <li key={o.key} className={`gather-outcome gather-outcome--${o.kind}`} data-outcome={o.kind === 'link-problem' ? o.problem.code : o.kind}>
              <span className="gather-outcome__tag">{tag(o)}</span>
              <span className="gather-outcome__text">
                {/* A workshop file's message names the file itself. */}
                {o.kind !== 'workshop' && <strong>{sourceLabel(o)} </strong>}
                {message(o)}
              </span>
              {o.source.kind === 'link' && o.kind === 'link-problem' && <code className="gather-outcome__link">{o.source.text.slice(0, 90)}</code>}
              {o.kind === 'update' && (
                <span className="gather-outcome__actions">
                  <button type="button" className="button button--small button--primary" onClick={() => settle(o, true)}>
                    {t('gather.replace', { name: nameOf(o) })}
                  </button>
                  <button type="button" className="button button--small" onClick={() => settle(o, false)}>
                    {t('gather.keep')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <JoinPanel />
    </section>
  );
}
