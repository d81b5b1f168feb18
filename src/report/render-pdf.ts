import type { ReportModel } from './report-model';
import { drawBlock } from './render-pdf/blocks';
import { drawCover, drawFooters } from './render-pdf/cover';
import { CONTENT_WIDTH, MARGIN_X, PdfWriter, STYLES } from './render-pdf/page-writer';
import { drawRow } from './render-pdf/rows';
import { createPdfDocument, encodePdfTextString } from './setup-jspdf';
import { parseHex, tint } from '../engine/brand-contrast';

/** Draws the report model as an A4 PDF with embedded fonts, real text, page numbers and metadata. */
export async function renderReportPdf(model: ReportModel): Promise<Blob> {
  const w = new PdfWriter(createPdfDocument(model.lang));
  if (model.accent) {
    w.accent = parseHex(model.accent);
    w.accentSoft = tint(w.accent, 0.88);
  }
  w.doc.setDocumentProperties({
    title: encodePdfTextString(model.metadata.title),
    subject: encodePdfTextString(model.metadata.subject),
    author: encodePdfTextString(model.metadata.author),
    keywords: encodePdfTextString(model.metadata.keywords),
    creator: encodePdfTextString(model.metadata.creator),
  });
  // Viewers show the title rather than the file name.
  w.doc.viewerPreferences({ DisplayDocTitle: true });
  w.doc.setCreationDate(model.generatedAt);
  drawCover(w, model.cover);
  for (const section of model.sections) {
    w.addPage();
    const title = w.wrap(section.title, { ...STYLES.h1, color: w.accent }, CONTENT_WIDTH);
    drawRow(w, [{ x: MARGIN_X, width: CONTENT_WIDTH, lines: title }], { padY: 0 });
    w.rule(w.accent, MARGIN_X, w.y + 1.5, MARGIN_X + 24, w.y + 1.5, 0.8);
    w.y += 7;
    section.blocks.forEach((block, i) => drawBlock(w, block, section.blocks[i + 1], section.blocks[i + 2]));
  }
  drawFooters(w, model);
  return w.doc.output('blob');
}
