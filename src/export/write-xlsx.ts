// The workbook writer: the one module that configures write-excel-file, loaded only when the user exports.
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import type { Spreadsheet, SpreadsheetSheet } from '../engine/build-spreadsheet';

function toCell(value: SpreadsheetSheet['rows'][number][number], format: SpreadsheetSheet['columns'][number]['format']): Cell {
  if (value === null) return null;
  if (typeof value === 'number') return format === 'percent' ? { value, type: Number, format: '0%' } : { value, type: Number };
  if (format === 'date') {
    // ISO dates become real dates (sortable, shown in the reader's own format); the writer treats them as UTC.
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return { value: date, type: Date, format: 'yyyy-mm-dd' };
  }
  return { value, type: String, wrap: format === 'text', alignVertical: 'top' };
}

function toSheet(sheet: SpreadsheetSheet): Sheet<Blob> {
  const header: Row = sheet.columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold', alignVertical: 'top', wrap: true }));
  const rows: Row[] = sheet.rows.map((row) => sheet.columns.map((column, i) => toCell(row[i] ?? null, column.format)));
  return {
    sheet: sheet.name,
    data: [header, ...rows],
    columns: sheet.columns.map((column) => ({ width: column.width })),
    // The header stays in view while scrolling down.
    stickyRowsCount: 1,
  };
}

/** The workbook as an .xlsx Blob, one sheet per part of the spreadsheet. */
export function writeXlsx(spreadsheet: Spreadsheet): Promise<Blob> {
  return writeXlsxFile(spreadsheet.sheets.map(toSheet)).toBlob();
}
