import { roundPoints } from '../engine/number-format';
import type { AssessmentComparison, StageChange } from '../engine/compare-assessments';
import type { ReportFormat } from './report-format';
import type { ReportBlock, ReportCell, ReportSection, ReportStrings } from './report-model';
import { cleanUserLine, interpolate, plural } from './report-text';

/** An earlier assessment compared with the one reported: the file is only read, never stored. */
export interface ProgressReportInput {
  comparison: AssessmentComparison;
  /** When the earlier assessment was last changed (or exported). */
  date: Date;
  /** As the user's system named it. */
  fileName: string;
}

/** "Progress since <date>": placement then and now, each stage's change, and every answer that moved. */
export function buildProgressSection(
  progress: ProgressReportInput,
  s: ReportStrings,
  f: ReportFormat,
  model: { stageCount: number; questionCount: number; questionNumbers: ReadonlyMap<string, string> },
): ReportSection {
  const p = s.progress;
  const { comparison } = progress;
  const { placement, overallIndex, moved } = comparison;
  const date = f.longDate(progress.date);
  const total = model.stageCount;
  const stageIdAt = (order: number) => comparison.stages.find((stage) => stage.order === order)?.stageId;
  const rung = (value: number) => {
    const stageId = stageIdAt(value);
    const stage = value > 0 && stageId ? f.stageName(stageId) : s.cover.noRung;
    return interpolate(p.rungStage, { rung: interpolate(s.cover.rung, { placement: value, total }), stage });
  };
  const counts = {
    up: moved.filter((m) => m.direction === 'up').length,
    down: moved.filter((m) => m.direction === 'down').length,
    changed: moved.filter((m) => m.direction === 'changed').length,
  };
  /** The up, down or same wording of a change in placement, in rungs. */
  const byDirection = (up: string, down: string, same: string) =>
    placement.change > 0
      ? plural(p, up, placement.change, f.lang)
      : placement.change < 0
        ? plural(p, down, -placement.change, f.lang)
        : same;
  const placementChange = byDirection('placementCaptionUp', 'placementCaptionDown', p.noChange);
  const placementSentence = byDirection('placementUp', 'placementDown', p.placementSame);

  const blocks: ReportBlock[] = [
    { kind: 'paragraph', role: 'meta', text: interpolate(p.against, { fileName: cleanUserLine(progress.fileName), date }) },
    {
      kind: 'highlights',
      // Now in large type, then in the caption: the font has no arrow to write "before → now" with.
      items: [
        {
          label: p.placementLabel,
          value: interpolate(s.summary.placementValue, { placement: placement.after, total }),
          caption: interpolate(p.placementCaption, { before: placement.before, change: placementChange }),
        },
        {
          label: p.indexLabel,
          value: overallIndex.after === null ? s.summary.indexNone : interpolate(s.summary.indexValue, { value: f.number(overallIndex.after) }),
          caption: interpolate(p.indexCaption, { before: overallIndex.before === null ? p.noIndex : f.number(overallIndex.before) }),
        },
        {
          label: p.movedLabel,
          value: interpolate(p.movedValue, { count: moved.length, total: model.questionCount }),
          caption: interpolate(p.movedCaption, counts),
        },
      ],
    },
    { kind: 'heading', text: p.placementHeading },
    { kind: 'paragraph', text: placementSentence },
    {
      kind: 'facts',
      items: [
        { label: interpolate(p.then, { date }), value: rung(placement.before) },
        { label: p.now, value: rung(placement.after) },
      ],
    },
    { kind: 'heading', text: p.stagesHeading },
    { kind: 'paragraph', role: 'meta', text: p.stagesIntro },
    {
      kind: 'table',
      columns: [
        { header: p.columns.stage, width: 34 },
        { header: p.columns.before, width: 22 },
        { header: p.columns.now, width: 22 },
        { header: p.columns.change, width: 22 },
      ],
      rows: comparison.stages.map((stage) => stageRow(stage, s, f)),
    },
    { kind: 'heading', text: interpolate(p.movedHeading, { count: moved.length }) },
  ];
  if (!moved.length) {
    blocks.push({ kind: 'paragraph', text: p.noneMoved });
  } else {
    blocks.push(
      { kind: 'paragraph', role: 'meta', text: interpolate(p.movedIntro, counts) },
      {
        kind: 'table',
        columns: [
          { header: p.movedColumns.number, width: 6, align: 'right' },
          { header: p.movedColumns.question, width: 46 },
          { header: p.movedColumns.direction, width: 10 },
          { header: p.movedColumns.before, width: 19 },
          { header: p.movedColumns.now, width: 19 },
        ],
        // In content order, so the moves of one stage stay together and follow the ladder up.
        rows: moved.map((move): ReportCell[] => [
          [{ text: model.questionNumbers.get(move.questionId) ?? '' }],
          [
            { text: f.statement(move.questionId) },
            { text: interpolate(s.detail.stageHeading, { order: move.stageOrder, stage: f.stageName(move.stageId) }), role: 'meta' },
          ],
          [{ text: p.direction[move.direction], role: 'strong' }],
          [{ text: f.answerText(move.before) }],
          [{ text: f.answerText(move.after), role: 'strong' }],
        ]),
      },
    );
  }
  return { id: 'progress', title: interpolate(p.title, { date }), blocks };
}

function stageRow(stage: StageChange, s: ReportStrings, f: ReportFormat): ReportCell[] {
  const p = s.progress;
  const value = (side: StageChange['before']) => interpolate(p.stageValue, { score: f.scoreText(side.score), status: f.statusName(side.status) });
  const change: ReportCell = [];
  if (stage.scoreChange === null) change.push({ text: p.notComparable, role: 'meta' });
  else {
    const points = roundPoints(stage.scoreChange);
    const signed = f.points(stage.scoreChange);
    // Only a real change stands out: a column of bold "no change" would drown it.
    change.push(points === 0 ? { text: p.noChange } : { text: plural(p, 'points', Math.abs(points), f.lang, { value: signed }), role: 'strong' });
  }
  if (stage.before.status !== stage.after.status) {
    change.push({ text: interpolate(p.statusChange, { status: f.statusName(stage.after.status) }), role: 'meta' });
  }
  return [[{ text: f.stageLabel(stage) }], [{ text: value(stage.before) }], [{ text: value(stage.after) }], change];
}
