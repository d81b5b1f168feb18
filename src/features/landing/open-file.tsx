import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FileChooserButton } from '../../components/file-chooser-button';
import { loadContentTexts } from '../../model/content-texts';
import { model } from '../../model/structure';
import { loadFileReader, readChosenAssessmentFile } from '../../portability/load-file-reader';
import { describeFileProblem, questionNamer } from '../../portability/problem-messages';
import type { OpenedFile } from '../../portability/opened-file';
import type { FileContents } from '../../portability/read-assessment-file';
import { hasSavedWork } from '../../state/assessment-store';
import { replaceAssessment, snapshotAssessment } from '../../state/backups';

/**
 * "Open an assessment file" on the first screen: the same reading, checks and confirmation as Results' import, then
 * the results. The portability texts load on demand, so the landing page does not wait for them.
 */
export function OpenAssessmentFile() {
  const { t, i18n } = useTranslation('landing');
  const navigate = useNavigate();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [problem, setProblem] = useState<{ fileName: string; message: string } | null>(null);
  const [pending, setPending] = useState<{ fileName: string; contents: FileContents } | null>(null);
  const tp = i18n.getFixedT(i18n.language, 'portability');

  const open = (fileName: string, contents: FileContents) => {
    const replaced = hasSavedWork(snapshotAssessment());
    // TODO(merge): h-undo moves the replace-with-backup-and-undo flow into one hook; switch this call to it.
    replaceAssessment(contents.assessment, 'import');
    setPending(null);
    const opened: OpenedFile = { fileName, count: Object.keys(contents.assessment.answers).length, dropped: contents.dropped, replaced };
    navigate('/results', { state: { opened } });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const lang = i18n.language;
    const chosen = await readChosenAssessmentFile(event.currentTarget, model);
    if (!chosen) return;
    const { file, result } = chosen;
    await i18n.loadNamespaces('portability').catch(() => undefined);
    if (!result.ok) {
      // Only this message names questions by statement, so only it waits for the full texts.
      const texts = result.problem.code === 'answers-out-of-range' ? await loadContentTexts(lang).catch(() => null) : null;
      const message = describeFileProblem(result.problem, lang, texts ? questionNamer(model, texts) : undefined);
      const fixed = i18n.getFixedT(lang, 'portability');
      setProblem({ fileName: file.name, message: `${fixed('file.problemTitle', { fileName: file.name })} ${fixed(message.key, message.values)}` });
      return;
    }
    setProblem(null);
    if (hasSavedWork(snapshotAssessment())) setPending({ fileName: file.name, contents: result });
    else open(file.name, result);
  };

  const warmUp = () => void loadFileReader().catch(() => undefined);

  return (
    <div className="field open-file">
      <label htmlFor={inputId}>{t('openFile.label')}</label>
      <p className="field__hint" id={hintId}>
        {t('openFile.hint')}
      </p>
      <FileChooserButton
        id={inputId}
        accept=".json,application/json"
        aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
        aria-invalid={problem ? true : undefined}
        onFocus={warmUp}
        onPointerEnter={warmUp}
        onChange={(event) => void onFile(event)}
      />
      {problem && (
        <div role="alert" id={errorId} className="notice notice--error">
          <p>{problem.message}</p>
        </div>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={tp('file.confirmTitle')}
        message={tp('file.confirmMessage', { fileName: pending?.fileName ?? '' })}
        confirmLabel={tp('file.confirm')}
        onConfirm={() => pending && open(pending.fileName, pending.contents)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
