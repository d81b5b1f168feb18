import { useTranslation } from 'react-i18next';
import { saveTextFile } from '../browser/save-download';
import { model } from '../model/structure';
import { exportAssessment } from '../portability/assessment-file';
import type { AssessmentWork } from '../engine/assessment-work';

/** Saves an assessment (with its plan and milestones when given) as the file Import reads back, named in the page's language; returns the file name. */
export function useAssessmentDownload(): (assessment: AssessmentWork) => string {
  const { t, i18n } = useTranslation();
  return (assessment) => {
    const { text, fileName } = exportAssessment(assessment, { model, language: i18n.language, fileNamePrefix: t('assessmentFilePrefix') });
    saveTextFile(text, fileName);
    return fileName;
  };
}
