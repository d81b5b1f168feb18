import { type ChangeEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AssessmentFileField, FileProblemAlert } from '../../components/assessment-file-field';
import { useAssessmentDownload } from '../../components/use-data-download';
import { useReplaceWithUndo } from '../../components/use-replace-with-undo';
import { loadContentTexts } from '../../model/content-texts';
import { model } from '../../model/structure';
import { readChosenAssessmentFile } from '../../portability/load-file-reader';
import { describeFileProblem, questionNamer } from '../../portability/problem-messages';
import type { OpenedFile } from '../../portability/opened-file';
import type { FileContents } from '../../portability/read-assessment-file';
import { hasSavedWork, type PersistedAssessment } from '../../state/assessment-store';
import { assessmentTarget } from '../../state/backups';

const target = assessmentTarget();

/**
 * Replaces the assessment with the file's, through the one replace-with-undo flow (confirmation when there is
 * work to lose, a warning when no copy can be kept), then shows the results, which offer the undo. Mounted once
 * a file is chosen, when the portability texts the dialog uses have loaded.
 */
function ReplaceWithFile({ fileName, contents, onDone }: { fileName: string; contents: FileContents; onDone: () => void }) {
  const { t } = useTranslation('portability');
  const navigate = useNavigate();
  const download = useAssessmentDownload();
  const replacing = useReplaceWithUndo<PersistedAssessment>(target, {
    reason: 'import',
    hasData: hasSavedWork,
    download,
    texts: {
      title: t('file.confirmTitle'),
      message: t('file.confirmMessage', { fileName }),
      confirmLabel: t('file.confirm'),
      downloadLabel: t('replace.downloadAssessment'),
    },
  });
  const { request } = replacing;
  useEffect(() => {
    const replaced = hasSavedWork(target.snapshot());
    request(
      contents.assessment,
      (undoId) => {
        const opened: OpenedFile = { fileName, count: Object.keys(contents.assessment.answers).length, dropped: contents.dropped, replaced, undoId };
        navigate('/results', { state: { opened } });
      },
      onDone,
    );
    // One request per chosen file: this component is keyed by it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return replacing.dialog;
}

/**
 * "Open an assessment file" on the first screen: the same reading, checks and confirmation as Results' import, then
 * the results. The portability texts load on demand, so the landing page does not wait for them.
 */
export function OpenAssessmentFile() {
  const { t, i18n } = useTranslation('landing');
  const errorId = useId();
  const [problem, setProblem] = useState<{ fileName: string; message: string } | null>(null);
  const [chosen, setChosen] = useState<{ key: number; fileName: string; contents: FileContents } | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const lang = i18n.language;
    const read = await readChosenAssessmentFile(event.currentTarget, model);
    if (!read) return;
    const { file, result } = read;
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
    setChosen({ key: Date.now(), fileName: file.name, contents: result });
  };

  return (
    <AssessmentFileField
      className="open-file"
      label={t('openFile.label')}
      hint={t('openFile.hint')}
      errorId={problem ? errorId : undefined}
      onChange={(event) => void onFile(event)}
    >
      {problem && (
        <FileProblemAlert id={errorId}>
          <p>{problem.message}</p>
        </FileProblemAlert>
      )}
      {chosen && <ReplaceWithFile key={chosen.key} fileName={chosen.fileName} contents={chosen.contents} onDone={() => setChosen(null)} />}
    </AssessmentFileField>
  );
}
