import { actionKindOf, type ActionPlan, isOverdue, planActionKey } from '../engine/action-plan';
import { HORIZONS, horizonStages, type Horizon } from '../engine/build-roadmap';
import type { ReportBasis } from './report-basis';
import type { ReportBlock, ReportCell, ReportColumn, ReportSection } from './report-model';

/** A plan date (`yyyy-mm-dd`) as the report writes dates, read as a calendar day wherever the report is made. */
const planDate = (f: ReportBasis['f'], date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return f.longDate(new Date(y, m - 1, d));
};

/**
 * "Roadmap": each horizon with its intro and a table of numbered actions. With an action plan, its target opens the
 * section and each action in the plan fills the Owner, Date and Status cells; other cells stay blank to fill in.
 */
export function buildRoadmapSection(basis: ReportBasis, plan?: ActionPlan, today?: string): ReportSection {
  const { t, f, result, texts, total, stageAt } = basis;
  const { placement } = result;
  const { gapBelow } = basis.structure.scoring;
  const withPlan = plan !== undefined && Object.keys(plan.actions).length > 0;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: withPlan ? t('roadmap.introPlan') : t('roadmap.intro') }];
  if (plan?.targetRung) {
    const stage = stageAt(plan.targetRung);
    const rung = t('roadmap.targetRung', { order: plan.targetRung, stage: stage ? f.stageName(stage.stageId) : '' });
    blocks.push({ kind: 'paragraph', text: plan.targetDate ? t('roadmap.targetWithDate', { rung, date: planDate(f, plan.targetDate) }) : t('roadmap.target', { rung }) });
  }
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
    // Finding out builds nothing yet: no outcome or indicator to promise, so those columns go and the question gets room.
    const findOut = horizon === 'find-out';
    const columns: ReportColumn[] = withPlan
        ? [
            { header: t('roadmap.columns.number'), width: 5, align: 'right' },
            { header: t('roadmap.columns.action'), width: 29 },
            { header: t('roadmap.columns.outcome'), width: 22 },
            { header: t('roadmap.columns.kpi'), width: 17 },
            { header: t('roadmap.columns.owner'), width: 13 },
            { header: t('roadmap.columns.date'), width: 12 },
            { header: t('roadmap.columns.status'), width: 11 },
          ]
        : [
            { header: t('roadmap.columns.number'), width: 5, align: 'right' },
            { header: t('roadmap.columns.action'), width: 33 },
            { header: t('roadmap.columns.outcome'), width: 27 },
            { header: t('roadmap.columns.kpi'), width: 21 },
            { header: t('roadmap.columns.owner'), width: 13 },
            { header: t('roadmap.columns.date'), width: 10 },
          ];
    if (findOut) {
      const [number, actionColumn, outcome, kpi, ...rest] = columns;
      columns.splice(0, columns.length, number!, { ...actionColumn!, width: actionColumn!.width + outcome!.width + kpi!.width }, ...rest);
    }
    blocks.push({
      kind: 'table',
      writable: true,
      columns,
      rows: items.map((item): ReportCell[] => {
        const question = texts.questions[item.questionId];
        const action = plan?.actions[planActionKey(item.questionId, actionKindOf(horizon))];
        actionNumber++;
        const planCells: ReportCell[] = withPlan
          ? [
              action?.owner ? [{ text: action.owner }] : [],
              action?.due
                ? [
                    { text: planDate(f, action.due) },
                    ...(today && isOverdue(action, today) ? [{ text: t('roadmap.overdue'), role: 'meta' as const }] : []),
                  ]
                : [],
              action ? [{ text: t(`roadmap.status.${action.status}`) }] : [],
            ]
          : [[], []];
        return [
          [{ text: String(actionNumber) }],
          [
            { text: findOut ? t('roadmap.findOutWhether', { statement: f.statement(item.questionId) }) : (question?.action ?? item.questionId) },
            { text: t('roadmap.stageRef', { order: item.stageOrder, stage: f.stageName(item.stageId) }), role: 'meta' },
            { text: t('roadmap.answerRef', { answer: f.answerText(item.answer) }), role: 'meta' },
          ],
          ...(findOut ? [] : [[{ text: question?.outcome ?? '' }], [{ text: question?.kpi ?? '' }]]),
          ...planCells,
        ];
      }),
    });
  }
  return { id: 'roadmap', title: t('roadmap.title'), blocks };
}
