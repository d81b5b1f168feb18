// Tables: column widths from the model's shares, a header repeated after each page break, ruled writable rows.
import type { ReportBlock, ReportCell, ReportColumn } from '../report-model';
import { COLORS, CONTENT_WIDTH, type Line, MARGIN_X, type PdfWriter, scaled, STYLES } from './page-writer';
import { drawRow, type RowCell, rowHeight } from './rows';

function cellLines(w: PdfWriter, cell: ReportCell, width: number): Line[] {
  return cell.flatMap((paragraph, i) => {
    const style = STYLES[paragraph.role === 'strong' ? 'strong' : paragraph.role === 'meta' ? 'meta' : paragraph.role === 'note' ? 'note' : 'cell'];
    const sized = paragraph.role === 'meta' ? scaled(style, 7) : paragraph.role === 'note' || paragraph.role === 'strong' ? scaled(style, 8) : style;
    return w.wrap(paragraph.text, sized, width, i ? 1.1 : 0);
  });
}

const CELL_PAD_X = 1.8;
const WRITABLE_ROW_HEIGHT = 10;

export type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

interface PreparedTable {
  header: RowCell[];
  /** Row cells are wrapped on demand: a long table is measured once, row by row. */
  row: (index: number) => RowCell[];
  verticalRules: (top: number, height: number) => void;
}

function prepareTable(w: PdfWriter, block: TableBlock): PreparedTable {
  const totalWeight = block.columns.reduce((sum, column) => sum + column.width, 0);
  let x = MARGIN_X;
  const layout = block.columns.map((column: ReportColumn) => {
    const width = (CONTENT_WIDTH * column.width) / totalWeight;
    const cell = { x: x + CELL_PAD_X, width: width - 2 * CELL_PAD_X, edge: x, align: column.align ?? 'left' };
    x += width;
    return cell;
  });
  return {
    // A header word is never broken: the type shrinks until the longest word fits its column.
    header: block.columns.map((column, i) => {
      const { width, ...cell } = layout[i]!;
      let style = STYLES.th;
      const longest = Math.max(...column.header.split(/\s+/).map((word) => w.width(word, style)));
      if (longest > width) style = scaled(style, Math.max(6, (style.size * width) / longest - 0.1));
      return { ...cell, width, lines: w.wrap(column.header, style, width) };
    }),
    row: (index) =>
      (block.rows[index] ?? []).map((cell, i) => ({ ...layout[i]!, lines: cellLines(w, cell, layout[i]!.width) })),
    verticalRules: (top, height) => {
      if (!block.writable) return;
      for (const edge of [...layout.map((cell) => cell.edge), MARGIN_X + CONTENT_WIDTH]) w.rule(COLORS.rule, edge, top, edge, top + height);
    },
  };
}

const HEADER_PAD = 1.5;
const ROW_PAD = 1.7;

/** Height of the header and first row, which must start on the same page (capped for a row that will split anyway). */
export function tableLeadHeight(w: PdfWriter, block: TableBlock): number {
  const table = prepareTable(w, block);
  const first = block.rows.length ? rowHeight(table.row(0), ROW_PAD, block.writable ? WRITABLE_ROW_HEIGHT : 0) : 0;
  return rowHeight(table.header, HEADER_PAD) + Math.min(first, 60);
}

export function drawTable(w: PdfWriter, block: TableBlock): void {
  const table = prepareTable(w, block);
  const drawHeader = () =>
    drawRow(w, table.header, {
      padY: HEADER_PAD,
      decorate: (top, height) => {
        w.fill(COLORS.headerFill, MARGIN_X, top, CONTENT_WIDTH, height);
        table.verticalRules(top, height);
      },
    });
  w.ensure(tableLeadHeight(w, block));
  drawHeader();
  block.rows.forEach((_, index) => {
    drawRow(w, table.row(index), {
      padY: ROW_PAD,
      minHeight: block.writable ? WRITABLE_ROW_HEIGHT : 0,
      onNewPage: drawHeader,
      decorate: (top, height) => {
        table.verticalRules(top, height);
        w.rule(COLORS.rule, MARGIN_X, top + height, MARGIN_X + CONTENT_WIDTH, top + height);
      },
    });
  });
  w.y += 4;
}
