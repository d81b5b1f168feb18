import { useTranslation } from 'react-i18next';
import { saveTextFile } from '../browser/save-download';
import { exportWorkshop } from '../portability/workshop-file';
import type { SavedWorkshop } from '../engine/saved-workshop';

// Apart from the assessment download (use-data-download.ts), which every page carries for its banners: the workshop
// file's code loads only with the screens and banners that offer it.
/** Saves a whole workshop as the file the workshop page loads back (merging); returns the file name. */
export function useWorkshopDownload(): (workshop: SavedWorkshop) => string {
  const { t } = useTranslation();
  return (workshop) => {
    const { text, fileName } = exportWorkshop(workshop, t('workshopFilePrefix'));
    saveTextFile(text, fileName);
    return fileName;
  };
}
