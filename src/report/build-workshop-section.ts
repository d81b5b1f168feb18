import { DISAGREEMENT_SPREAD, type WorkshopDisagreement } from '../engine/summarize-workshop';
import type { ReportFormat } from './report-format';
import type { ReportBlock, ReportCell, ReportColumn, ReportSection, ReportStrings } from './report-model';
import { cleanUserText, interpolate, plural } from './report-text';

/** What a workshop's report says about the workshop itself. Never the participants' names: only how many took part. */
export interface WorkshopReportInput {
  /** Typed by the facilitator; may be empty. */
  title: string;
  participantCount: number;
  /** Widest spread first, as summarizeWorkshop returns them. */
  disagreements: readonly WorkshopDisagreement[];
}

/** "The workshop": how many took part, how the agreed answers were reached, and each point of disagreement. */
export function buildWorkshopSection(workshop: WorkshopReportInput, s: ReportStrings, f: ReportFormat): ReportSection {
  const w = s.workshop;
  const spread = DISAGREEMENT_SPREAD;
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: plural(w, 'participants', workshop.participantCount, f.lang) },
    { kind: 'paragraph', text: w.method },
    { kind: 'paragraph', role: 'meta', text: w.privacy },
    { kind: 'heading', text: interpolate(w.disagreementsHeading, { count: workshop.disagreements.length }) },
  ];
  if (!workshop.disagreements.length) {
    blocks.push({ kind: 'paragraph', text: interpolate(w.noDisagreements, { spread }) });
    return { id: 'workshop', title: w.title, blocks };
  }
  const reasons = workshop.disagreements.map((d) => cleanUserText(d.reason));
  // A column of blank cells says nothing: without any reason, the question gets the room instead.
  const withReasons = reasons.some(Boolean);
  const columns: ReportColumn[] = [
    { header: w.columns.number, width: 5, align: 'right' },
    { header: w.columns.question, width: withReasons ? 35 : 50 },
    { header: w.columns.room, width: 20 },
    { header: w.columns.agreed, width: withReasons ? 18 : 25 },
    ...(withReasons ? [{ header: w.columns.reason, width: 22 }] : []),
  ];
  blocks.push(
    { kind: 'paragraph', role: 'meta', text: interpolate(w.disagreementsIntro, { spread }) },
    {
      kind: 'table',
      columns,
      rows: workshop.disagreements.map((d, i): ReportCell[] => [
        [{ text: String(i + 1) }],
        [
          { text: f.statement(d.questionId) },
          { text: interpolate(s.detail.stageHeading, { order: d.stageOrder, stage: f.stageName(d.stageId) }), role: 'meta' },
        ],
        [
          { text: interpolate(w.roomRange, { lowest: d.lowest, highest: d.highest }) },
          { text: plural(w, 'roomSpread', d.spread, f.lang, { mean: f.mean(d.mean) }), role: 'meta' },
        ],
        [
          { text: f.answerText(d.agreed), role: 'strong' },
          { text: d.agreedByFacilitator ? w.byFacilitator : w.byMedian, role: 'meta' },
        ],
        ...(withReasons ? [reasons[i] ? [{ text: reasons[i], role: 'note' as const }] : []] : []),
      ]),
    },
  );
  return { id: 'workshop', title: w.title, blocks };
}
