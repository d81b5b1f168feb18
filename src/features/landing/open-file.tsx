import { type ChangeEvent, lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentFileField, FileProblemAlert } from '../../components/assessment-file-field';
import { cachedImport } from '../../browser/cached-import';
import { loadContentTexts } from '../../model/content-texts';
import { readChosenAssessmentFile } from '../../portability/load-file-reader';
import type { FileContents } from '../../portability/read-assessment-file';

// The rest of the flow (messages, the confirmation, the replace with undo) loads once a file is chosen.
const loadFlow = cachedImport(() => import('./open-file-flow'));
// The model's structure (the questions a file is checked against) loads with the file: the first page carries only its outline.
const loadStructure = cachedImport(() => import('../../model/structure'));
const ReplaceWithFile = lazy(() => loadFlow().then((m) => ({ default: m.ReplaceWithFile })));

/**
 * "Open an assessment file" on the first screen: the same reading, checks and confirmation as Results' import, then
 * the results. The portability texts load on demand, so the landing page does not wait for them.
 */
export function OpenAssessmentFile() {
  const { t, i18n } = useTranslation('landing');
  const errorId = useId();
  const [problem, setProblem] = useState<{ fileName: string; message: string } | null>(null);
  const [chosen, setChosen] = useState<{ key: number; fileName: string; contents: FileContents } | null>(null);
  // A flow that cannot be fetched (offline on an outdated tab) goes to the screen's error boundary, which offers a reload.
  const [, fail] = useState();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const lang = i18n.language;
    const input = event.currentTarget;
    const structure = await loadStructure().catch((error: unknown) => {
      fail(() => {
        throw error;
      });
    });
    if (!structure) return;
    const read = await readChosenAssessmentFile(input, structure.model);
    if (!read) return;
    const { file, result } = read;
    const loaded = await Promise.all([loadFlow(), i18n.loadNamespaces('portability').catch(() => undefined)]).catch((error: unknown) => {
      fail(() => {
        throw error;
      });
    });
    if (!loaded) return;
    const [flow] = loaded;
    if (!result.ok) {
      // Only this message names questions by statement, so only it waits for the full texts.
      const texts = result.problem.code === 'answers-out-of-range' ? await loadContentTexts(lang).catch(() => null) : null;
      const message = flow.describeProblem(result.problem, lang, texts);
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
      {chosen && (
        <Suspense fallback={null}>
          <ReplaceWithFile key={chosen.key} fileName={chosen.fileName} contents={chosen.contents} onDone={() => setChosen(null)} />
        </Suspense>
      )}
    </AssessmentFileField>
  );
}
