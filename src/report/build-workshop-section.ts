import { DISAGREEMENT_SPREAD, type WorkshopDisagreement } from '../engine/summarize-workshop';
import type { ReportBasis } from './report-basis';
import type { ReportBlock, ReportCell, ReportColumn, ReportSection } from './report-model';
import { cleanUserText } from './report-text';

/** What a workshop's report says about the workshop itself. Never the participants' names: only how many took part. */
export interface WorkshopReportInput {
  /** Typed by the facilitator; may be empty. */
  title: string;
  participantCount: number;
  /** Widest spread first, as summarizeWorkshop returns them. */
  disagreements: readonly WorkshopDisagreement[];
}

/** "The workshop": how many took part, how the agreed answers were reached, and each point of disagreement. */
export function buildWorkshopSection(workshop: WorkshopReportInput, { t, f }: ReportBasis): ReportSection {
  // The engine's rule, in words: "{{count}} or more levels apart".
  const spread = { count: DISAGREEMENT_SPREAD };
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t('workshop.participants', { count: workshop.participantCount }) },
    { kind: 'paragraph', text: t('workshop.method') },
    { kind: 'paragraph', role: 'meta', text: t('workshop.privacy') },
    { kind: 'heading', text: t('workshop.disagreementsHeading', { count: workshop.disagreements.length }) },
  ];
  if (!workshop.disagreements.length) {
    blocks.push({ kind: 'paragraph', text: t('workshop.noDisagreements', spread) });
    return { id: 'workshop', title: t('workshop.title'), blocks };
  }
  const reasons = workshop.disagreements.map((d) => cleanUserText(d.reason));
  // A column of blank cells says nothing: without any reason, the question gets the room instead.
  const withReasons = reasons.some(Boolean);
  const columns: ReportColumn[] = [
    { header: t('workshop.columns.number'), width: 5, align: 'right' },
    { header: t('workshop.columns.question'), width: withReasons ? 35 : 50 },
    { header: t('workshop.columns.room'), width: 20 },
    { header: t('workshop.columns.agreed'), width: withReasons ? 18 : 25 },
    ...(withReasons ? [{ header: t('workshop.columns.reason'), width: 22 }] : []),
  ];
  blocks.push(
    { kind: 'paragraph', role: 'meta', text: t('workshop.disagreementsIntro', spread) },
    {
      kind: 'table',
      columns,
      rows: workshop.disagreements.map((d, i): ReportCell[] => [
        [{ text: String(i + 1) }],
        [
          { text: f.statement(d.questionId) },
          { text: t('detail.stageHeading', { order: d.stageOrder, stage: f.stageName(d.stageId) }), role: 'meta' },
        ],
        [
          { text: t('workshop.roomRange', { lowest: d.lowest, highest: d.highest }) },
          { text: t('workshop.roomSpread', { count: d.spread, mean: f.mean(d.mean) }), role: 'meta' },
        ],
        [
          { text: f.answerText(d.agreed), role: 'strong' },
          { text: t(d.agreedByFacilitator ? 'workshop.byFacilitator' : 'workshop.byMedian'), role: 'meta' },
        ],
        ...(withReasons ? [reasons[i] ? [{ text: reasons[i], role: 'note' as const }] : []] : []),
      ]),
    },
  );
  return { id: 'workshop', title: t('workshop.title'), blocks };
}
