import { useTranslation } from 'react-i18next';
import { saveTextFile } from '../browser/save-download';
import { model } from '../model/structure';
import { exportAssessment } from '../portability/assessment-file';
import type { PersistedAssessment } from '../state/assessment-store';

/** Saves an assessment as the file Import reads back, named in the page's language; returns the file name. */
export function useAssessmentDownload(): (assessment: PersistedAssessment) => string {
  const { t, i18n } = useTranslation();
  return (assessment) => {
    const { text, fileName } = exportAssessment(assessment, { model, language: i18n.language, fileNamePrefix: t('assessmentFilePrefix') });
    saveTextFile(text, fileName);
    return fileName;
  };
}
