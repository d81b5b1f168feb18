// Saving a download needs no validation code: the export path stays free of zod (reading is in read-assessment-file.ts).
import { saveBlob } from '../browser/save-download';

/** Saves text as a download: the file never leaves the browser. */
export function saveTextFile(text: string, fileName: string, type = 'application/json'): void {
  saveBlob(new Blob([text], { type }), fileName);
}
