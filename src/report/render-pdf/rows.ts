// Rows of cells that flow down the page: the one pagination rule every block and table is drawn with.
import { CONTENT_BOTTOM, CONTENT_TOP, type Line, linesHeight, type PdfWriter } from './page-writer';

export interface RowCell {
  x: number;
  width: number;
  lines: Line[];
  align?: 'left' | 'right';
}

export interface RowOptions {
  padY: number;
  /** Draws repeated table headers after a page break. */
  onNewPage?: () => void;
  /** Called for each part of the row drawn on a page, before its text: backgrounds and rules. */
  decorate?: (top: number, height: number) => void;
  minHeight?: number;
}

/**
 * Draws a row of cells. A row that fits on a fresh page never splits; a taller one (a long note)
 * continues on the next page, always between two lines.
 */
export function drawRow(w: PdfWriter, cells: RowCell[], { padY, onNewPage, decorate, minHeight = 0 }: RowOptions): void {
  const newPage = () => {
    w.addPage();
    onNewPage?.();
  };
  if (rowStartHeight(cells, padY, minHeight) > w.room()) newPage();
  let remaining = cells.map((cell) => cell.lines);
  let first = true;
  for (;;) {
    const available = w.room() - 2 * padY;
    const parts = remaining.map((lines) => {
      let used = 0;
      let count = 0;
      for (const line of lines) {
        const height = (count ? line.gap : 0) + line.height;
        if (used + height > available) break;
        used += height;
        count++;
      }
      return count;
    });
    const rest = remaining.map((lines, i) => lines.slice(parts[i]));
    const done = rest.every((lines) => lines.length === 0);
    const partHeight =
      Math.max(first && done ? minHeight : 0, ...remaining.map((lines, i) => linesHeight(dropFirstGap(lines.slice(0, parts[i]))))) + 2 * padY;
    decorate?.(w.y, partHeight);
    cells.forEach((cell, i) => {
      w.drawLines(dropFirstGap(remaining[i]!.slice(0, parts[i])), cell.align === 'right' ? cell.x + cell.width : cell.x, w.y + padY, cell.align);
    });
    w.y += partHeight;
    if (done) return;
    remaining = rest;
    first = false;
    newPage();
  }
}

/** Room left on a fresh page, below which a row that fits whole is never split. */
const FRESH_ROOM = CONTENT_BOTTOM - CONTENT_TOP - 12;

/**
 * The room a row needs on this page for drawRow to start it here rather than on the next: all of it when it fits on
 * a fresh page (it is then never split), else its first three lines. Headings use it to keep with what follows.
 */
export function rowStartHeight(cells: Pick<RowCell, 'lines'>[], padY: number, minHeight = 0): number {
  const fullHeight = Math.max(minHeight, ...cells.map((cell) => linesHeight(cell.lines))) + 2 * padY;
  return fullHeight <= FRESH_ROOM ? fullHeight : Math.min(fullHeight, 2 * padY + 3 * (cells[0]?.lines[0]?.height ?? 4));
}

export function dropFirstGap(lines: Line[]): Line[] {
  return lines.length && lines[0]!.gap ? [{ ...lines[0]!, gap: 0 }, ...lines.slice(1)] : lines;
}

export const rowHeight = (cells: RowCell[], padY: number, minHeight = 0) => Math.max(minHeight, ...cells.map((cell) => linesHeight(cell.lines))) + 2 * padY;
