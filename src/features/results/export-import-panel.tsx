import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FileChooserButton } from '../../components/file-chooser-button';
import { useQuestionNamer } from '../../components/use-question-namer';
import { model } from '../../model/structure';
import { exportAssessment } from '../../portability/assessment-file';
import { loadFileReader, readChosenAssessmentFile } from '../../portability/load-file-reader';
import { describeFileProblem, listIds } from '../../portability/problem-messages';
import type { FileContents, FileProblem } from '../../portability/read-assessment-file';
import { saveTextFile } from '../../browser/save-download';
import { hasSavedWork } from '../../state/assessment-store';
import { replaceAssessment, restoreLatestBackup, snapshotAssessment } from '../../state/backups';
import './portability.css';

type Status =
  | { kind: 'idle' }
  | { kind: 'exported'; fileName: string }
  | { kind: 'export-failed' }
  | { kind: 'problem'; fileName: string; problem: FileProblem }
  | { kind: 'imported'; fileName: string; count: number; dropped: string[] }
  | { kind: 'undone' };

/** Export the assessment as a JSON file, and import one (asking first, with undo). */
export function ExportImportPanel() {
  const { t, i18n } = useTranslation('portability');
  const { t: tc } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const nameQuestion = useQuestionNamer();
  const [pending, setPending] = useState<{ fileName: string; contents: FileContents } | null>(null);

  const exportFile = () => {
    try {
      const { text, fileName } = exportAssessment(snapshotAssessment(), { model, language: i18n.language, fileNamePrefix: tc('assessmentFilePrefix') });
      saveTextFile(text, fileName);
      setStatus({ kind: 'exported', fileName });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'export-failed' });
    }
  };

  const apply = (fileName: string, contents: FileContents) => {
    replaceAssessment(contents.assessment, 'import');
    setPending(null);
    setStatus({ kind: 'imported', fileName, count: Object.keys(contents.assessment.answers).length, dropped: contents.dropped });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = await readChosenAssessmentFile(event.currentTarget, model);
    if (!chosen) return;
    const { file, result } = chosen;
    if (!result.ok) {
      setStatus({ kind: 'problem', fileName: file.name, problem: result.problem });
      return;
    }
    if (hasSavedWork(snapshotAssessment())) {
      setStatus({ kind: 'idle' });
      setPending({ fileName: file.name, contents: result });
    } else {
      apply(file.name, result);
    }
  };

  const warmUp = () => void loadFileReader().catch(() => undefined);

  const undo = () => {
    restoreLatestBackup();
    setStatus({ kind: 'undone' });
  };

  const problem = status.kind === 'problem' ? describeFileProblem(status.problem, i18n.language, nameQuestion) : null;

  return (
    <section className="card portability" aria-labelledby="file-title">
      <h2 id="file-title">{t('file.title')}</h2>
      <p>{t('file.intro')}</p>
      <div className="portability__columns">
        <div className="portability__block">
          <button type="button" className="button button--primary" onClick={exportFile}>
            {t('file.export')}
          </button>
          <p className="hint">{t('file.exportHint')}</p>
        </div>
        <div className="portability__block field">
          <label htmlFor={inputId}>{t('file.import')}</label>
          <p className="field__hint" id={hintId}>
            {t('file.importHint')}
          </p>
          <FileChooserButton
            id={inputId}
            accept=".json,application/json"
            aria-describedby={status.kind === 'problem' ? `${hintId} ${errorId}` : hintId}
            aria-invalid={status.kind === 'problem' || undefined}
            onFocus={warmUp}
            onPointerEnter={warmUp}
            onChange={(event) => void onFile(event)}
          />
        </div>
      </div>
      <p className="hint">
        <a href="./assessment-file.schema.json" target="_blank" rel="noopener">
          {t('file.schemaLink')}
        </a>
      </p>
      {status.kind === 'problem' && problem && (
        <div role="alert" id={errorId} className="notice notice--error">
          <p>
            <strong>{t('file.problemTitle', { fileName: status.fileName })}</strong> {t(problem.key, problem.values)}
          </p>
          <p>{t('file.unchanged')}</p>
        </div>
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
      <ConfirmDialog
        open={pending !== null}
        title={t('file.confirmTitle')}
        message={t('file.confirmMessage', { fileName: pending?.fileName ?? '' })}
        confirmLabel={t('file.confirm')}
        onConfirm={() => pending && apply(pending.fileName, pending.contents)}
        onCancel={() => {
          setPending(null);
          setStatus({ kind: 'idle' });
        }}
      />
    </section>
  );
}
