import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FileChooserButton } from '../../components/file-chooser-button';
import { usePageTitle } from '../../components/use-page-title';
import { useReplaceWithUndo } from '../../components/use-replace-with-undo';
import { useWorkshopDownload } from '../../components/use-workshop-download';
import { useQuestionNamer } from '../../components/use-question-namer';
import { model, questionCount } from '../../model/structure';
import { fingerprintAssessment, isDuplicateFile } from '../../portability/assessment-fingerprint';
import { describeFileProblem, listIds } from '../../portability/problem-messages';
import { type FileProblem, readAssessmentBlob } from '../../portability/read-assessment-file';
import { readWorkshopBlob } from '../../portability/workshop-file';
import { hasSavedWork } from '../../state/assessment-store';
import { snapshotAssessment } from '../../state/backups';
import type { ReplaceTarget } from '../../state/replace-with-undo';
import { NAME_MAX_LENGTH } from '../../engine/limits';
import { type ParticipantRecord, participantName, useWorkshopStore, type WorkshopData } from './workshop-store';
import './workshop.css';

type FileOutcome =
  | { fileName: string; kind: 'added'; dropped: string[] }
  | { fileName: string; kind: 'duplicate' }
  // A whole workshop (downloaded when this browser could not save it, or recovered): merged in.
  | { fileName: string; kind: 'workshop'; count: number }
  // The problem, not its wording: the message is written at render, in the language shown then.
  | { fileName: string; kind: 'problem'; problem: FileProblem };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The workshop, for replace-with-undo ("start a new workshop"); its copies have a key of their own. */
const workshopTarget: ReplaceTarget<WorkshopData> = {
  backupKey: 'peldano.workshop-backups',
  snapshot: () => {
    const { title, participants, agreements } = useWorkshopStore.getState();
    return { title, participants, agreements };
  },
  replace: (data) => useWorkshopStore.setState(data),
  isData: (value): value is WorkshopData =>
    isRecord(value) && typeof value.title === 'string' && Array.isArray(value.participants) && value.participants.every(isRecord) && isRecord(value.agreements),
};

const hasWorkshopData = (data: WorkshopData) => data.title !== '' || data.participants.length > 0 || Object.keys(data.agreements).length > 0;

/** Sets up a workshop: its name, and the participants' answers from files or taken in turns on this device. */
export function WorkshopPage() {
  const { t, i18n } = useTranslation('workshop');
  const { t: tp } = useTranslation('portability');
  const navigate = useNavigate();
  const titleId = useId();
  const filesId = useId();
  const filesHintId = useId();
  const nameId = useId();
  const workshop = useWorkshopStore();
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [turnName, setTurnName] = useState('');
  const [removing, setRemoving] = useState<ParticipantRecord | null>(null);
  const [browserAdded, setBrowserAdded] = useState(false);
  // How to put back the workshop as it was before the last removal or reset, so either can be undone.
  const [undo, setUndo] = useState<{ message: string; restore: () => boolean } | null>(null);
  const [cannotUndo, setCannotUndo] = useState(false);
  const { t: tc } = useTranslation();
  // The whole workshop (names, answers, agreed answers, reasons) as the file this page loads back.
  const downloadWorkshop = useWorkshopDownload();
  const replacing = useReplaceWithUndo<WorkshopData>(workshopTarget, {
    reason: 'new-workshop',
    hasData: hasWorkshopData,
    download: () => downloadWorkshop(useWorkshopStore.snapshot()),
    texts: {
      title: t('setup.resetTitle'),
      message: t('setup.resetMessage'),
      confirmLabel: t('setup.resetConfirm'),
      downloadLabel: t('replace.download'),
      downloadHint: t('replace.downloadHint'),
    },
  });

  usePageTitle(t('setup.title'));
  const savedHere = hasSavedWork(snapshotAssessment());

  const nameQuestion = useQuestionNamer();
  const problemText = (problem: FileProblem) => {
    const message = describeFileProblem(problem, i18n.language, nameQuestion);
    return tp(message.key, message.values);
  };

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    const results: FileOutcome[] = [];
    for (const file of files) {
      const workshopFile = await readWorkshopBlob(file);
      if (workshopFile) {
        useWorkshopStore.getState().restoreWorkshop(workshopFile);
        results.push({ fileName: file.name, kind: 'workshop', count: workshopFile.participants.length });
        continue;
      }
      const result = await readAssessmentBlob(file, model);
      if (!result.ok) {
        results.push({ fileName: file.name, kind: 'problem', problem: result.problem });
        continue;
      }
      const print = fingerprintAssessment(result.file.exportedAt, result.assessment.answers);
      if (isDuplicateFile(print, useWorkshopStore.getState().participants)) {
        results.push({ fileName: file.name, kind: 'duplicate' });
        continue;
      }
      useWorkshopStore.getState().addParticipant({
        name: '',
        source: 'file',
        fileName: file.name,
        answers: result.assessment.answers,
        fingerprint: print,
      });
      results.push({ fileName: file.name, kind: 'added', dropped: result.dropped });
    }
    setOutcomes(results);
  };

  const startTurn = () => {
    const id = workshop.addParticipant({ name: turnName.trim(), source: 'device', fileName: '', answers: {}, fingerprint: '' });
    setTurnName('');
    navigate(`/workshop/answer/${id}`);
  };

  const addBrowserAssessment = () => {
    const { answers } = snapshotAssessment();
    workshop.addParticipant({ name: '', source: 'browser', fileName: '', answers: { ...answers }, fingerprint: '' });
    setBrowserAdded(true);
  };

  const keepForUndo = (message: string) => {
    const before = workshopTarget.snapshot();
    setCannotUndo(false);
    setUndo({
      message,
      restore: () => {
        workshopTarget.replace(before);
        return true;
      },
    });
  };

  const added = outcomes.filter((o) => o.kind === 'added');
  const problems = outcomes.filter((o) => o.kind === 'problem' || o.kind === 'duplicate');
  const workshops = outcomes.flatMap((o) => (o.kind === 'workshop' ? [o] : []));
  const count = workshop.participants.length;

  return (
    <div className="page workshop">
      <header className="workshop__header">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('setup.title')}</h1>
        <p className="lead">{t('setup.lead')}</p>
      </header>

      <section className="card" aria-labelledby="ws-name-title">
        <h2 id="ws-name-title">{t('setup.nameTitle')}</h2>
        <div className="field">
          <label htmlFor={titleId}>{t('setup.nameLabel')}</label>
          <input
            id={titleId}
            type="text"
            maxLength={NAME_MAX_LENGTH}
            value={workshop.title}
            onChange={(event) => workshop.setTitle(event.target.value)}
          />
        </div>
      </section>

      <section className="card" aria-labelledby="ws-gather-title">
        <h2 id="ws-gather-title">{t('setup.gatherTitle')}</h2>
        <div className="workshop__ways">
          <div className="workshop__way">
            <h3>{t('setup.filesTitle')}</h3>
            <p>{t('setup.filesBody')}</p>
            <div className="field">
              <label htmlFor={filesId}>{t('setup.filesLabel')}</label>
              <p className="field__hint" id={filesHintId}>
                {t('setup.filesHint')}
              </p>
              <FileChooserButton
                id={filesId}
                multiple
                accept=".json,application/json"
                aria-describedby={filesHintId}
                onChange={(event) => void onFiles(event)}
              />
            </div>
          </div>
          <div className="workshop__way">
            <h3>{t('setup.turnsTitle')}</h3>
            <p>{t('setup.turnsBody')}</p>
            <form
              className="workshop__turn"
              onSubmit={(event) => {
                event.preventDefault();
                startTurn();
              }}
            >
              <div className="field">
                <label htmlFor={nameId}>{t('setup.turnName')}</label>
                <input id={nameId} type="text" maxLength={NAME_MAX_LENGTH} value={turnName} onChange={(e) => setTurnName(e.target.value)} />
              </div>
              <button type="submit" className="button button--secondary">
                {t('setup.turnStart')}
              </button>
            </form>
            {savedHere && (
              <p>
                <button type="button" className="link-button" onClick={addBrowserAssessment} disabled={browserAdded}>
                  {t('setup.addBrowser')}
                </button>
              </p>
            )}
          </div>
        </div>
        <div role="status" aria-live="polite" className="workshop__status">
          {added.length > 0 && (
            <div className="notice notice--ok">
              <p>{t('setup.filesAdded', { count: added.length })}</p>
              {added.map((o) =>
                o.kind === 'added' && o.dropped.length > 0 ? (
                  <p key={o.fileName}>{t('setup.fileDropped', { fileName: o.fileName, ...listIds(o.dropped) })}</p>
                ) : null,
              )}
            </div>
          )}
          {browserAdded && <p className="notice notice--ok">{t('setup.browserAdded')}</p>}
          {workshops.map((o) => (
            <p key={o.fileName} className="notice notice--ok">
              {t('fileLoad.workshopLoaded', { fileName: o.fileName, count: o.count })}
            </p>
          ))}
        </div>
        {problems.length > 0 && (
          <div role="alert" className="notice notice--error">
            <p>
              <strong>{t('setup.filesProblemTitle', { count: problems.length })}</strong>
            </p>
            <ul>
              {problems.map((o) => (
                <li key={o.fileName}>
                  {t('setup.fileProblem', { fileName: o.fileName, message: o.kind === 'problem' ? problemText(o.problem) : t('setup.duplicate') })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="ws-people-title">
        <h2 id="ws-people-title">{t('setup.participantsTitle', { count })}</h2>
        {count === 0 ? (
          <p className="hint">{t('setup.noParticipants')}</p>
        ) : (
          <ul className="participant-list">
            {workshop.participants.map((p) => {
              const answered = Object.keys(p.answers).length;
              return (
                <li key={p.id} className="participant-list__item">
                  <div className="field participant-list__name">
                    <label htmlFor={`name-${p.id}`}>{t('setup.participantName', { n: p.number })}</label>
                    <input
                      id={`name-${p.id}`}
                      type="text"
                      maxLength={NAME_MAX_LENGTH}
                      value={p.name}
                      placeholder={t('participantN', { n: p.number })}
                      onChange={(event) => workshop.renameParticipant(p.id, event.target.value)}
                    />
                  </div>
                  <p className="participant-list__meta">
                    {p.source === 'file' ? t('setup.fromFile', { fileName: p.fileName }) : p.source === 'browser' ? t('setup.fromBrowser') : t('setup.fromDevice')}
                    {' · '}
                    {t('setup.answered', { count: answered, total: questionCount })}
                  </p>
                  <div className="participant-list__actions">
                    {p.source === 'device' && (
                      <Link className="button button--small" to={`/workshop/answer/${p.id}`}>
                        {t('setup.continueAnswering')}
                      </Link>
                    )}
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('setup.removeLabel', { name: participantName(p, (n) => t('participantN', { n })) })}
                      onClick={() => setRemoving(p)}
                    >
                      {t('setup.remove')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <div role="status" aria-live="polite" className="workshop__status">
        {undo && (
          <div className="notice notice--ok workshop__undo">
            <span>{undo.message}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setCannotUndo(!undo.restore());
                setUndo(null);
              }}
            >
              {t('setup.undo')}
            </button>
          </div>
        )}
      </div>
      {cannotUndo && (
        <p role="alert" className="notice notice--error">
          {tc('replace.cannotUndo')}
        </p>
      )}

      <div className="actions actions--split">
        {count > 0 ? (
          <Link className="button button--primary" to="/workshop/room">
            {t('setup.openRoom')}
          </Link>
        ) : (
          <span />
        )}
        {(count > 0 || workshop.title) && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              replacing.request({ title: '', participants: [], agreements: {} }, () => {
                setCannotUndo(false);
                setUndo({ message: t('setup.resetDone'), restore: replacing.undo });
                setOutcomes([]);
                setBrowserAdded(false);
              })
            }
          >
            {t('setup.reset')}
          </button>
        )}
      </div>

      <ConfirmDialog
        open={removing !== null}
        title={t('setup.removeTitle', { name: removing ? participantName(removing, (n) => t('participantN', { n })) : '' })}
        message={t('setup.removeMessage')}
        confirmLabel={t('setup.removeConfirm')}
        onConfirm={() => {
          if (removing) {
            keepForUndo(t('setup.removed', { name: participantName(removing, (n) => t('participantN', { n })) }));
            workshop.removeParticipant(removing.id);
          }
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
      {replacing.dialog}
    </div>
  );
}
