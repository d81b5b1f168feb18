import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentFileField, FileProblemAlert } from '../../components/assessment-file-field';
import { useQuestionNamer } from '../../components/use-question-namer';
import { model } from '../../model/structure';
import { exportAssessment } from '../../portability/assessment-file';
import { readChosenAssessmentFile } from '../../portability/load-file-reader';
import { describeFileProblem, listIds } from '../../portability/problem-messages';
import type { FileContents, FileProblem } from '../../portability/read-assessment-file';
import { saveTextFile } from '../../browser/save-download';
import { useAssessmentDownload } from '../../components/use-data-download';
import { useReplaceWithUndo } from '../../components/use-replace-with-undo';
import { type AssessmentWork, hasWork, snapshotWork, workFromFile } from '../../state/assessment-work';
import { assessmentTarget } from '../../state/backups';
import { NAME_MAX_LENGTH } from '../../engine/limits';
import './portability.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'exported'; fileName: string }
  | { kind: 'export-failed' }
  | { kind: 'problem'; fileName: string; problem: FileProblem }
  | { kind: 'imported'; fileName: string; count: number; dropped: string[] }
  | { kind: 'undone' }
  | { kind: 'cannot-undo' };

const target = assessmentTarget();

/** Export the assessment as a JSON file, and import one (asking first, with undo). */
export function ExportImportPanel() {
  const { t, i18n } = useTranslation('portability');
  const { t: tc } = useTranslation();
  const errorId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pendingName, setPendingName] = useState('');
  // For a workshop: the name goes into the file and its name, so the facilitator knows whose it is.
  const [participantName, setParticipantName] = useState('');
  const nameId = useId();
  const downloadAssessment = useAssessmentDownload();
  const replacing = useReplaceWithUndo<AssessmentWork>(target, {
    reason: 'import',
    hasData: hasWork,
    download: downloadAssessment,
    texts: {
      title: t('file.confirmTitle'),
      message: t('file.confirmMessage', { fileName: pendingName }),
      confirmLabel: t('file.confirm'),
      downloadLabel: t('replace.downloadAssessment'),
    },
  });
  const nameQuestion = useQuestionNamer();

  const exportFile = () => {
    try {
      const { text, fileName } = exportAssessment(snapshotWork(), {
        model,
        language: i18n.language,
        fileNamePrefix: tc('assessmentFilePrefix'),
        participantName,
      });
      saveTextFile(text, fileName);
      setStatus({ kind: 'exported', fileName });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'export-failed' });
    }
  };

  const apply = (fileName: string, contents: FileContents) => {
    setPendingName(fileName);
    setStatus({ kind: 'idle' });
    replacing.request(
      // The file's plan in place of this one; its milestones added to those here.
      workFromFile(contents.assessment),
      () => setStatus({ kind: 'imported', fileName, count: Object.keys(contents.assessment.answers).length, dropped: contents.dropped }),
      () => setStatus({ kind: 'idle' }),
    );
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = await readChosenAssessmentFile(event.currentTarget, model);
    if (!chosen) return;
    const { file, result } = chosen;
    if (!result.ok) {
      setStatus({ kind: 'problem', fileName: file.name, problem: result.problem });
      return;
    }
    apply(file.name, result);
  };

  const undo = () => setStatus({ kind: replacing.undo() ? 'undone' : 'cannot-undo' });

  const problem = status.kind === 'problem' ? describeFileProblem(status.problem, i18n.language, nameQuestion) : null;

  return (
    <section className="card portability" aria-labelledby="file-title">
      <h2 id="file-title">{t('file.title')}</h2>
      <p>{t('file.intro')}</p>
      <div className="portability__columns">
        <div className="portability__block">
          <div className="field">
            <label htmlFor={nameId}>{t('file.nameLabel')}</label>
            <input id={nameId} type="text" autoComplete="name" maxLength={NAME_MAX_LENGTH} value={participantName} onChange={(e) => setParticipantName(e.target.value)} />
          </div>
          <button type="button" className="button button--primary" onClick={exportFile}>
            {t('file.export')}
          </button>
          <p className="hint">{t('file.exportHint')}</p>
        </div>
        <AssessmentFileField
          className="portability__block"
          label={t('file.import')}
          hint={t('file.importHint')}
          errorId={status.kind === 'problem' ? errorId : undefined}
          onChange={(event) => void onFile(event)}
        />
      </div>
      <p className="hint">
        <a href="./assessment-file.schema.json" target="_blank" rel="noopener">
          {t('file.schemaLink')}
        </a>
      </p>
      {status.kind === 'problem' && problem && (
        <FileProblemAlert id={errorId}>
          <p>
            <strong>{t('file.problemTitle', { fileName: status.fileName })}</strong> {t(problem.key, problem.values)}
          </p>
          <p>{t('file.unchanged')}</p>
        </FileProblemAlert>
      )}
      {status.kind === 'export-failed' && (
        <p role="alert" className="notice notice--error">
          {t('file.exportFailed')}
        </p>
      )}
      <div role="status" aria-live="polite" className="portability__status">
        {status.kind === 'exported' && <p className="notice notice--ok">{t('file.exported', { fileName: status.fileName })}</p>}
        {status.kind === 'imported' && (
          <div className="notice notice--ok">
            <p>{t('file.imported', { fileName: status.fileName, count: status.count })}</p>
            {status.dropped.length > 0 && <p>{t('file.dropped', listIds(status.dropped))}</p>}
            <button type="button" className="button button--small" onClick={undo}>
              {t('file.undo')}
            </button>
          </div>
        )}
        {status.kind === 'undone' && <p className="notice notice--ok">{t('file.undone')}</p>}
      </div>
      {status.kind === 'cannot-undo' && (
        <p role="alert" className="notice notice--error">
          {tc('replace.cannotUndo')}
        </p>
      )}
      {replacing.dialog}
    </section>
  );
}
