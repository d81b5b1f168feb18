import { roundPoints } from '../engine/number-format';
import type { AssessmentComparison, StageChange } from '../engine/compare-assessments';
import type { ReportBasis } from './report-basis';
import type { ReportFormat } from './report-format';
import type { ReportBlock, ReportCell, ReportSection } from './report-model';
import { cleanUserLine, type ReportTranslate, type Values } from './report-text';

/** An earlier assessment compared with the one reported: the file is only read, never stored. */
export interface ProgressReportInput {
  comparison: AssessmentComparison;
  /** When the earlier assessment was last changed (or exported). */
  date: Date;
  /** As the user's system named it, or the milestone's label. */
  fileName: string;
  /** Defaults to a file. */
  source?: 'file' | 'milestone';
}

/** "Progress since <date>": placement then and now, each stage's change, and every answer that moved. */
export function buildProgressSection(progress: ProgressReportInput, basis: ReportBasis): ReportSection {
  const { t, f, total, questionNumbers } = basis;
  const { comparison } = progress;
  const { placement, overallIndex, moved } = comparison;
  const date = f.longDate(progress.date);
  const stageIdAt = (order: number) => comparison.stages.find((stage) => stage.order === order)?.stageId;
  const rung = (value: number) => {
    const stageId = stageIdAt(value);
    const stage = value > 0 && stageId ? f.stageName(stageId) : t('cover.noRung');
    return t('progress.rungStage', { rung: t('cover.rung', { placement: value, total }), stage });
  };
  const counts = {
    up: moved.filter((m) => m.direction === 'up').length,
    down: moved.filter((m) => m.direction === 'down').length,
    changed: moved.filter((m) => m.direction === 'changed').length,
  };
  // The direction picks the wording (i18next's context: _up, _down, none for the same rung), the rungs its plural.
  const direction: Values = placement.change ? { context: placement.change > 0 ? 'up' : 'down', count: Math.abs(placement.change) } : {};
  const placementChange = t('progress.placementChange', direction);
  const placementSentence = t('progress.placementSentence', direction);

  const blocks: ReportBlock[] = [
    { kind: 'paragraph', role: 'meta', text: t(progress.source === 'milestone' ? 'progress.againstMilestone' : 'progress.against', { fileName: cleanUserLine(progress.fileName), date }) },
    {
      kind: 'highlights',
      // Now in large type, then in the caption: the font has no arrow to write "before → now" with.
      items: [
        {
          label: t('progress.placementLabel'),
          value: t('summary.placementValue', { placement: placement.after, total }),
          caption: t('progress.placementCaption', { before: placement.before, change: placementChange }),
        },
        {
          label: t('progress.indexLabel'),
          value: overallIndex.after === null ? t('summary.indexNone') : t('summary.indexValue', { value: f.number(overallIndex.after) }),
          caption: t('progress.indexCaption', { before: overallIndex.before === null ? t('progress.noIndex') : f.number(overallIndex.before) }),
        },
        {
          label: t('progress.movedLabel'),
          value: t('progress.movedValue', { count: moved.length, total: basis.result.questionCount }),
          caption: t('progress.movedCaption', counts),
        },
      ],
    },
    { kind: 'heading', text: t('progress.placementHeading') },
    { kind: 'paragraph', text: placementSentence },
    {
      kind: 'facts',
      items: [
        { label: t('progress.then', { date }), value: rung(placement.before) },
        { label: t('progress.now'), value: rung(placement.after) },
      ],
    },
    { kind: 'heading', text: t('progress.stagesHeading') },
    { kind: 'paragraph', role: 'meta', text: t('progress.stagesIntro') },
    {
      kind: 'table',
      columns: [
        { header: t('progress.columns.stage'), width: 34 },
        { header: t('progress.columns.before'), width: 22 },
        { header: t('progress.columns.now'), width: 22 },
        { header: t('progress.columns.change'), width: 22 },
      ],
      rows: comparison.stages.map((stage) => stageRow(stage, t, f)),
    },
    { kind: 'heading', text: t('progress.movedHeading', { count: moved.length }) },
  ];
  if (!moved.length) {
    blocks.push({ kind: 'paragraph', text: t('progress.noneMoved') });
  } else {
    blocks.push(
      { kind: 'paragraph', role: 'meta', text: t('progress.movedIntro', counts) },
      {
        kind: 'table',
        columns: [
          { header: t('progress.movedColumns.number'), width: 6, align: 'right' },
          { header: t('progress.movedColumns.question'), width: 46 },
          { header: t('progress.movedColumns.direction'), width: 10 },
          { header: t('progress.movedColumns.before'), width: 19 },
          { header: t('progress.movedColumns.now'), width: 19 },
        ],
        // In content order, so the moves of one stage stay together and follow the ladder up.
        rows: moved.map((move): ReportCell[] => [
          [{ text: questionNumbers.get(move.questionId) ?? '' }],
          [
            { text: f.statement(move.questionId) },
            { text: t('detail.stageHeading', { order: move.stageOrder, stage: f.stageName(move.stageId) }), role: 'meta' },
          ],
          [{ text: t(`progress.direction.${move.direction}`), role: 'strong' }],
          [{ text: f.answerText(move.before) }],
          [{ text: f.answerText(move.after), role: 'strong' }],
        ]),
      },
    );
  }
  return { id: 'progress', title: t('progress.title', { date }), blocks };
}

function stageRow(stage: StageChange, t: ReportTranslate, f: ReportFormat): ReportCell[] {
  const value = (side: StageChange['before']) => t('progress.stageValue', { score: f.scoreText(side.score), status: f.statusName(side.status) });
  const change: ReportCell = [];
  if (stage.scoreChange === null) change.push({ text: t('progress.notComparable'), role: 'meta' });
  else {
    const points = roundPoints(stage.scoreChange);
    const signed = f.points(stage.scoreChange);
    // Only a real change stands out: a column of bold "no change" would drown it.
    change.push(points === 0 ? { text: t('progress.noChange') } : { text: t('progress.points', { count: Math.abs(points), value: signed }), role: 'strong' });
  }
  if (stage.before.status !== stage.after.status) {
    change.push({ text: t('progress.statusChange', { status: f.statusName(stage.after.status) }), role: 'meta' });
  }
  return [[{ text: f.stageLabel(stage) }], [{ text: value(stage.before) }], [{ text: value(stage.after) }], change];
}
