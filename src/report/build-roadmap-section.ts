import { HORIZONS, horizonStages, type Horizon } from '../engine/build-roadmap';
import type { ReportBasis } from './report-basis';
import type { ReportBlock, ReportCell, ReportSection } from './report-model';

/** "Roadmap": each horizon with its intro and a table of numbered actions, with blank Owner and Date cells to fill in. */
export function buildRoadmapSection(basis: ReportBasis): ReportSection {
  const { t, f, result, texts, total, stageAt } = basis;
  const { placement } = result;
  const { gapBelow } = basis.structure.scoring;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t('roadmap.intro') }];
  let actionNumber = 0;
  const horizonIntro = (horizon: Horizon): string => {
    // The stage the horizon describes is its last: P+1, P+2 or P+3, P for foundations, the last looked into for find-out.
    const { from, to: order } = horizonStages(horizon, placement, total);
    if (from > order) return horizon === 'strengthen' ? '' : t('roadmap.horizonNoStage', { total });
    const stage = stageAt(order);
    const values = { order, stage: stage ? f.stageName(stage.stageId) : '', gapBelow, placement, last: order };
    // Strengthen speaks of the stages achieved, so its wording follows their number.
    return t(`roadmap.horizonIntro.${horizon}`, horizon === 'strengthen' ? { ...values, count: placement } : values);
  };
  for (const horizon of HORIZONS) {
    const items = result.roadmap[horizon];
    blocks.push({ kind: 'heading', text: t('roadmap.horizonHeading', { horizon: t(`roadmap.horizon.${horizon}`), count: items.length }) });
    const intro = horizonIntro(horizon);
    if (intro) blocks.push({ kind: 'paragraph', role: 'meta', text: intro });
    // "Don't know" answers that block the next rung sit under Find out; Now points to them rather than repeat them.
    if (horizon === 'now' && result.blockingUnknowns.length) {
      blocks.push({ kind: 'paragraph', text: t('roadmap.nowFindOutFirst', { count: result.blockingUnknowns.length }) });
    }
    if (!items.length) {
      blocks.push({ kind: 'paragraph', text: t('roadmap.horizonEmpty') });
      continue;
    }
    blocks.push({
      kind: 'table',
      writable: true,
      columns: [
        { header: t('roadmap.columns.number'), width: 5, align: 'right' },
        { header: t('roadmap.columns.action'), width: 33 },
        { header: t('roadmap.columns.outcome'), width: 27 },
        { header: t('roadmap.columns.kpi'), width: 21 },
        { header: t('roadmap.columns.owner'), width: 13 },
        { header: t('roadmap.columns.date'), width: 10 },
      ],
      rows: items.map((item): ReportCell[] => {
        const question = texts.questions[item.questionId];
        actionNumber++;
        return [
          [{ text: String(actionNumber) }],
          [
            { text: horizon === 'find-out' ? t('roadmap.findOutWhether', { statement: f.statement(item.questionId) }) : (question?.action ?? item.questionId) },
            { text: t('roadmap.stageRef', { order: item.stageOrder, stage: f.stageName(item.stageId) }), role: 'meta' },
            { text: t('roadmap.answerRef', { answer: f.answerText(item.answer) }), role: 'meta' },
          ],
          // Finding out builds nothing yet: no outcome or indicator to promise.
          [{ text: horizon === 'find-out' ? '' : (question?.outcome ?? '') }],
          [{ text: horizon === 'find-out' ? '' : (question?.kpi ?? '') }],
          [],
          [],
        ];
      }),
    });
  }
  return { id: 'roadmap', title: t('roadmap.title'), blocks };
}
