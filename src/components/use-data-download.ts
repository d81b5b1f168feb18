import { useTranslation } from 'react-i18next';
import { saveTextFile } from '../browser/save-download';
import { model } from '../model/structure';
import { exportAssessment } from '../portability/assessment-file';
import { exportWorkshop } from '../portability/workshop-file';
import type { PersistedAssessment } from '../state/assessment-store';
import type { SavedWorkshop } from '../engine/saved-workshop';

/** Saves an assessment as the file Import reads back, named in the page's language; returns the file name. */
export function useAssessmentDownload(): (assessment: PersistedAssessment) => string {
  const { t, i18n } = useTranslation();
  return (assessment) => {
    const { text, fileName } = exportAssessment(assessment, { model, language: i18n.language, fileNamePrefix: t('assessmentFilePrefix') });
    saveTextFile(text, fileName);
    return fileName;
  };
}

/** Saves a whole workshop as the file the workshop page loads back (merging); returns the file name. */
export function useWorkshopDownload(): (workshop: SavedWorkshop) => string {
  const { t } = useTranslation();
  return (workshop) => {
    const { text, fileName } = exportWorkshop(workshop, t('workshopFilePrefix'));
    saveTextFile(text, fileName);
    return fileName;
  };
}
