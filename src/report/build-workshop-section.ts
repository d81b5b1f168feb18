import { DISAGREEMENT_SPREAD, type StageSummary, type WorkshopDisagreement } from '../engine/summarize-workshop';
import { type ReportBasis, stageAxisLabels } from './report-basis';
import type { ReportBlock, ReportCell, ReportColumn, ReportSection } from './report-model';
import { cleanUserText } from './report-text';

/** What a workshop's report says about the workshop itself. Never the participants' names: only how many took part. */
export interface WorkshopReportInput {
  /** Typed by the facilitator; may be empty. */
  title: string;
  participantCount: number;
  /** Widest spread first, as summarizeWorkshop returns them. */
  disagreements: readonly WorkshopDisagreement[];
  /** Each stage's participants' mean, lowest and highest score: drawn as the alignment chart. */
  stages?: readonly StageSummary[];
}

/** The alignment chart: per stage, the participants' lowest-to-highest score and their mean. */
function buildAlignment(stages: readonly StageSummary[], basis: ReportBasis): ReportBlock[] {
  const { t, f, structure } = basis;
  const name = (s: StageSummary) => {
    const stage = structure.stages.find((x) => x.id === s.stageId);
    return stage ? t('detail.stageHeading', { order: stage.order, stage: f.stageName(stage.id) }) : s.stageId;
  };
  return [
    { kind: 'heading', text: t('workshop.alignmentHeading') },
    { kind: 'paragraph', role: 'meta', text: t('workshop.alignmentIntro') },
    {
      kind: 'stage-ranges',
      figure: {
        ...stageAxisLabels(basis),
        rows: stages.map((s) => ({
          order: s.order,
          mean: s.mean,
          lowest: s.lowest,
          highest: s.highest,
          label: name(s),
          valueText:
            s.mean === null
              ? t('profile.noScore')
              : t('workshop.alignmentValue', { mean: f.percent(s.mean), lowest: f.percent(s.lowest!), highest: f.percent(s.highest!) }),
        })),
        legend: { range: t('workshop.alignmentRange'), mean: t('workshop.alignmentMean') },
      },
    },
  ];
}

/** "The workshop": how many took part, how the agreed answers were reached, and each point of disagreement. */
export function buildWorkshopSection(workshop: WorkshopReportInput, basis: ReportBasis): ReportSection {
  const { t, f } = basis;
  // The engine's rule, in words: "{{count}} or more levels apart".
  const spread = { count: DISAGREEMENT_SPREAD };
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t('workshop.participants', { count: workshop.participantCount }) },
    { kind: 'paragraph', text: t('workshop.method') },
    { kind: 'paragraph', role: 'meta', text: t('workshop.privacy') },
    ...(workshop.stages?.length ? buildAlignment(workshop.stages, basis) : []),
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
