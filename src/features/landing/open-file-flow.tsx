import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAssessmentDownload } from '../../components/use-data-download';
import { useReplaceWithUndo } from '../../components/use-replace-with-undo';
import type { ContentTexts } from '../../engine/model-types';
import { model } from '../../model/structure';
import { describeFileProblem, questionNamer } from '../../portability/problem-messages';
import type { OpenedFile } from '../../portability/opened-file';
import type { FileContents, FileProblem } from '../../portability/read-assessment-file';
import { type AssessmentWork, hasWork, workFromFile } from '../../state/assessment-work';
import { assessmentTarget } from '../../state/backups';

// What happens once a file is chosen on the landing page (a chunk of its own: the first page does not carry it).

const target = assessmentTarget();

/** The message for a file that cannot be opened; `texts` (when loaded) name questions by their statement. */
export function describeProblem(problem: FileProblem, lang: string, texts: ContentTexts | null) {
  return describeFileProblem(problem, lang, texts ? questionNamer(model, texts) : undefined);
}

/**
 * Replaces the assessment with the file's, through the one replace-with-undo flow (confirmation when there is
 * work to lose, a warning when no copy can be kept), then shows the results, which offer the undo. Mounted once
 * a file is chosen, when the portability texts the dialog uses have loaded.
 */
export function ReplaceWithFile({ fileName, contents, onDone }: { fileName: string; contents: FileContents; onDone: () => void }) {
  const { t } = useTranslation('portability');
  const navigate = useNavigate();
  const download = useAssessmentDownload();
  const replacing = useReplaceWithUndo<AssessmentWork>(target, {
    reason: 'import',
    hasData: hasWork,
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
    const replaced = hasWork(target.snapshot());
    request(
      // The file's plan in place of this one; its milestones added to those here.
      workFromFile(contents.assessment),
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
