import type { StageStatus } from '../engine/score-stage';
import type esReport from '../i18n/locales/es/report.json';

/** Every report string of one language; typed from the Spanish source so a missing key fails the type check. */
export type ReportStrings = typeof esReport;

/** What a piece of text is; the renderer decides how each one looks. */
export type TextRole = 'text' | 'strong' | 'meta' | 'note';

export interface ReportParagraph {
  text: string;
  role?: TextRole;
}

/** A table cell: one or more paragraphs, top to bottom. An empty array is a blank cell. */
export type ReportCell = ReportParagraph[];

export interface ReportColumn {
  header: string;
  /** Share of the table width, relative to the other columns. */
  width: number;
  align?: 'left' | 'right';
}

export interface LadderFigure {
  placement: number;
  /** Rung labels from the bottom rung up, e.g. "3. Socializing". */
  rungLabels: string[];
  /** Written beside the marker of the current rung; empty when the placement is 0. */
  currentLabel: string;
}

export interface StageChartFigure {
  achievedScore: number;
  thresholdLabel: string;
  /** Labels of the 0, 25, 50, 75 and 100 % grid lines. */
  tickLabels: string[];
  rows: {
    order: number;
    score: number | null;
    status: StageStatus;
    label: string;
    /** Score and status in words, e.g. "62 % · In progress". */
    valueText: string;
  }[];
  legend: { status: StageStatus; label: string }[];
}

/** The participants' lowest, mean and highest score per stage (a workshop's alignment). */
export interface StageRangeFigure {
  achievedScore: number;
  thresholdLabel: string;
  tickLabels: string[];
  rows: {
    order: number;
    mean: number | null;
    lowest: number | null;
    highest: number | null;
    label: string;
    /** The figures in words, e.g. "mean 62 % (40 %–85 %)". */
    valueText: string;
  }[];
  /** What the bar and the dot mean. */
  legend: { range: string; mean: string };
}

export interface ReportHighlight {
  label: string;
  value: string;
  caption: string;
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; role?: TextRole }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | { kind: 'highlights'; items: ReportHighlight[] }
  | { kind: 'columns'; columns: { heading: string; items: string[] }[] }
  | {
      kind: 'table';
      columns: ReportColumn[];
      rows: ReportCell[][];
      /** Rows leave room and ruled cells for handwriting (owner, date). */
      writable?: boolean;
    }
  | { kind: 'ladder'; figure: LadderFigure }
  | { kind: 'stage-chart'; figure: StageChartFigure }
  | { kind: 'stage-ranges'; figure: StageRangeFigure };

export interface ReportSection {
  /** Sections in print order; 'workshop' and 'progress' appear only when the report has one. */
  id: 'summary' | 'workshop' | 'progress' | 'profile' | 'roadmap' | 'detail' | 'methodology';
  title: string;
  blocks: ReportBlock[];
}

export interface ReportCover {
  /** The product's name, at the top of the cover. */
  brand: string;
  eyebrow: string;
  /** The organisation's name, or the neutral report title when none was given. */
  title: string;
  /** The report title under the organisation's name; empty when the title is already the neutral one. */
  subtitle: string;
  facts: { label: string; value: string }[];
  placementLabel: string;
  /** E.g. "Rung 3 of 10". */
  placementValue: string;
  /** The stage of the current rung, or a sentence when the placement is 0. */
  placementStage: string;
  ladder: LadderFigure;
  /** The consultant's logo (branding), drawn on the cover beside "Prepared by". */
  logo?: ReportLogo;
}

/** An image already downscaled on import: a PNG or JPEG data URL and its size in pixels. */
export interface ReportLogo {
  dataUrl: string;
  width: number;
  height: number;
}

/** Executive: cover, summary, ladder and profile, roadmap (at most 6 pages). Full: those, then an appendix (stage detail, methodology). */
export type ReportEdition = 'executive' | 'full';

/** Everything the PDF says, in its final words: the renderer only lays it out. */
export interface ReportModel {
  lang: string;
  fileName: string;
  /** Also the PDF's creation date. */
  generatedAt: Date;
  metadata: { title: string; subject: string; author: string; keywords: string; creator: string };
  /** Every page's footer: the organisation (or report title), shortened if it must be, then the date. */
  footer: { title: string; date: string; /** The consultant's contact line (branding), under the footer's rule. */ contact?: string };
  /** The branding's accent colour (#rrggbb, contrast already checked); absent: the report's own colour. */
  accent?: string;
  edition: ReportEdition;
  /** E.g. "page {{page}} of {{total}}": filled per page by the renderer, once the total is known. */
  pageLabelTemplate: string;
  cover: ReportCover;
  sections: ReportSection[];
}
