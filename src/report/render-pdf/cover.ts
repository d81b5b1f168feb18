// The cover page and every page's footer.
import type { ReportCover, ReportModel } from '../report-model';
import { formatPageLabel } from '../report-text';
import { drawFacts } from './blocks';
import { drawLadder, ladderHeight } from './figures';
import { COLORS, CONTENT_BOTTOM, CONTENT_WIDTH, FOOTER_BASELINE, linesHeight, MARGIN_X, PAGE_WIDTH, type PdfWriter, scaled, STYLES, type TextStyle } from './page-writer';

export function drawCover(w: PdfWriter, cover: ReportCover): void {
  // Title band: the title sits at its foot and the band grows with a long organisation name,
  // whose type shrinks before it would crowd the page.
  let titleStyle: TextStyle = { weight: 'semibold', size: 30, color: COLORS.white };
  let titleLines = w.wrap(cover.title, titleStyle, CONTENT_WIDTH);
  while (titleLines.length > 3 && titleStyle.size > 16) {
    titleStyle = scaled(titleStyle, titleStyle.size - 2);
    titleLines = w.wrap(cover.title, titleStyle, CONTENT_WIDTH);
  }
  const eyebrow = w.wrap(cover.eyebrow.toUpperCase(), { weight: 'semibold', size: 9, color: w.accentSoft }, CONTENT_WIDTH);
  const subtitle = cover.subtitle ? w.wrap(cover.subtitle, { weight: 'regular', size: 14, color: COLORS.white }, CONTENT_WIDTH, 3) : [];
  const titleBlock = [...eyebrow, ...titleLines.map((line, i) => (i ? line : { ...line, gap: 4 })), ...subtitle];
  const bandHeight = Math.max(105, 40 + linesHeight(titleBlock));
  w.fill(w.accent, 0, 0, PAGE_WIDTH, bandHeight);
  const [brand] = w.wrap(cover.brand, { weight: 'semibold', size: 13, color: COLORS.white }, CONTENT_WIDTH);
  if (brand) w.drawLine(brand, MARGIN_X, 16);
  if (cover.logo) drawLogo(w, cover.logo);
  w.fill(COLORS.marker, MARGIN_X, 24, 14, 1.1);
  let top = bandHeight - 18 - linesHeight(titleBlock);
  for (const line of titleBlock) {
    w.drawLine(line, MARGIN_X, top);
    top += line.gap + line.height;
  }
  w.y = bandHeight + 14;
  drawFacts(w, cover.facts);

  // Placement: in words on the left, the small ladder on the right.
  // The panel holds the small ladder, one rung per stage (90 mm for ten).
  const panelHeight = ladderHeight(cover.ladder) + 12;
  const panelTop = Math.min(w.y + 10, CONTENT_BOTTOM - 8 - panelHeight);
  w.fill(w.accentSoft, MARGIN_X, panelTop, CONTENT_WIDTH, panelHeight);
  w.fill(w.accent, MARGIN_X, panelTop, 1.2, panelHeight);
  const textWidth = CONTENT_WIDTH - 84;
  const words = [
    ...w.wrap(cover.placementLabel.toUpperCase(), { weight: 'semibold', size: 8.5, color: COLORS.muted }, textWidth),
    ...w.wrap(cover.placementValue, { weight: 'semibold', size: 28, color: w.accent }, textWidth, 3),
    ...w.wrap(cover.placementStage, { weight: 'semibold', size: 14, color: COLORS.ink }, textWidth, 2),
  ];
  top = panelTop + (panelHeight - linesHeight(words)) / 2;
  for (const line of words) {
    w.drawLine(line, MARGIN_X + 10, top);
    top += line.gap + line.height;
  }
  drawLadder(w, cover.ladder, MARGIN_X + CONTENT_WIDTH - 66, panelTop + 6, 58, panelHeight - 12, true);
}

// The logo sits on a white card at the band's top right, so any logo reads on any accent colour.
const LOGO_BOX = { width: 46, height: 15, pad: 2.5, top: 7 };

function drawLogo(w: PdfWriter, logo: NonNullable<ReportCover['logo']>): void {
  const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
  const width = logo.width * scale;
  const height = logo.height * scale;
  const cardWidth = width + 2 * LOGO_BOX.pad;
  const x = MARGIN_X + CONTENT_WIDTH - cardWidth;
  w.fill(COLORS.white, x, LOGO_BOX.top, cardWidth, LOGO_BOX.height + 2 * LOGO_BOX.pad);
  const format = logo.dataUrl.startsWith('data:image/jpeg') ? 'JPEG' : 'PNG';
  // 'FAST' compression: the logo is already small; the default would spend the budget re-compressing it.
  w.doc.addImage(logo.dataUrl, format, x + LOGO_BOX.pad, LOGO_BOX.top + LOGO_BOX.pad + (LOGO_BOX.height - height) / 2, width, height, 'logo', 'FAST');
}

export function drawFooters(w: PdfWriter, model: ReportModel): void {
  const total = w.doc.getNumberOfPages();
  const style = scaled(STYLES.meta, 7.5);
  for (let page = 1; page <= total; page++) {
    w.setPage(page);
    w.rule(COLORS.rule, MARGIN_X, FOOTER_BASELINE - 4, MARGIN_X + CONTENT_WIDTH, FOOTER_BASELINE - 4);
    const pageLabel = formatPageLabel(model.pageLabelTemplate, page, total);
    const [right] = w.wrap(pageLabel, style, 60);
    const room = CONTENT_WIDTH - (right ? w.width(right.text, style) : 0) - 8;
    // A long organisation name is shortened here only; the cover shows it whole.
    const date = ` · ${model.footer.date}`;
    let title = model.footer.title;
    if (w.width(title + date, style) > room) {
      let cut = title.length;
      while (cut > 1 && w.width(`${title.slice(0, cut).trimEnd()}…${date}`, style) > room) cut--;
      title = `${title.slice(0, cut).trimEnd()}…`;
    }
    const text = title + date;
    const [left] = w.wrap(text, style, room + 20);
    const top = FOOTER_BASELINE - 2.4;
    if (left) w.drawLine(left, MARGIN_X, top);
    if (right) w.drawLine(right, MARGIN_X + CONTENT_WIDTH, top, 'right');
    // The consultant's contact line (branding), on a line of its own under the title and date.
    const [contact] = model.footer.contact ? w.wrap(model.footer.contact, style, CONTENT_WIDTH) : [];
    if (contact) w.drawLine(contact, MARGIN_X, top + contact.height + 0.4);
  }
}
