// One sheet as CSV text (RFC 4180): comma-separated, quoted where needed, CRLF line ends, and a UTF-8 byte-order mark
// so that Excel reads accents right (without it, Excel on Windows takes the file as ANSI).
import type { SpreadsheetCell, SpreadsheetSheet } from '../engine/build-spreadsheet';

const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a tab or return first) gets a leading apostrophe, so a
 * note typed as "=HYPERLINK(...)" stays text when the CSV is opened (OWASP's CSV injection advice).
 */
function neutralize(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(cell: SpreadsheetCell, format: SpreadsheetSheet['columns'][number]['format']): string {
  if (cell === null) return '';
  // A percent cell holds a fraction; CSV has no formats, so it carries the percentage the screen shows (whole).
  const text = typeof cell === 'number' ? String(format === 'percent' ? Math.round(cell * 100) : cell) : neutralize(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The sheet as CSV text with its header row, BOM first. */
export function writeCsv(sheet: SpreadsheetSheet): string {
  const lines = [sheet.columns.map((column) => csvField(column.header, 'text'))];
  for (const row of sheet.rows) lines.push(sheet.columns.map((column, i) => csvField(row[i] ?? null, column.format)));
  return BOM + lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}
