// A whole workshop as a file: what the app hands out when it cannot save the workshop, or has recovered one,
// and what the workshop page loads back. It is the saved envelope with a format tag, read by the same
// sanitizer as the saved copy, so a recovered or downloaded copy of the workshop always loads.
import { buildFileName } from '../browser/file-name';
import { looksLikeWorkshop, type SavedWorkshop, workshopCodec } from '../engine/saved-workshop';
import { isEnvelope, pickData, readStoredValue } from '../engine/stamped-data';

export const WORKSHOP_FILE_FORMAT = 'peldano-workshop';
/** A workshop of many participants is still far below this. */
export const MAX_WORKSHOP_FILE_BYTES = 5 * 1024 * 1024;

/** The workshop as a ready-to-save file (the prefix is the translated "peldano-workshop"). */
export function exportWorkshop(saved: SavedWorkshop, prefix: string, now = new Date()): { text: string; fileName: string } {
  const file = { format: WORKSHOP_FILE_FORMAT, version: workshopCodec.version, exportedAt: now.toISOString(), state: { ...pickData(workshopCodec, saved), stamps: saved.stamps } };
  return { text: `${JSON.stringify(file, null, 2)}\n`, fileName: buildFileName(prefix, saved.title, now, 'json') };
}

/**
 * The workshop in a file's text, or null when the text is not a workshop (an assessment file, say). Takes the
 * app's workshop files and the raw saved copy (`{ state, version }`, as older recovery downloads were).
 */
export function readWorkshopText(text: string): SavedWorkshop | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!isEnvelope(parsed)) return null;
  const tagged = (parsed as Record<string, unknown>).format === WORKSHOP_FILE_FORMAT;
  if (!tagged && !looksLikeWorkshop(parsed.state)) return null;
  return readStoredValue(workshopCodec, parsed).data;
}

/** Reads a chosen file as a workshop; null when it is not one (or cannot be read). */
export async function readWorkshopBlob(blob: Blob): Promise<SavedWorkshop | null> {
  if (blob.size > MAX_WORKSHOP_FILE_BYTES) return null;
  try {
    return readWorkshopText(await blob.text());
  } catch {
    return null;
  }
}
