import type { SpreadsheetLabels } from '../engine/build-spreadsheet';
import type { ReportTranslate } from '../report/report-text';

/** The spreadsheet's words from the report's strings (report.json), so a stage status reads the same on paper and in cells. */
export function spreadsheetLabels(t: ReportTranslate): SpreadsheetLabels {
  const pick = <K extends string>(keys: readonly K[], key: (k: K) => Parameters<ReportTranslate>[0]) =>
    Object.fromEntries(keys.map((k) => [k, t(key(k))])) as Record<K, string>;
  return {
    sheets: pick(['summary', 'answers', 'stages', 'roadmap', 'plan'], (k) => `spreadsheet.sheets.${k}`),
    summary: pick(
      ['label', 'value', 'organization', 'date', 'model', 'placement', 'index', 'answered', 'dontKnow', 'notApplicable', 'unanswered', 'targetRung', 'targetDate'],
      (k) => `spreadsheet.summary.${k}`,
    ),
    answers: pick(['stage', 'number', 'statement', 'level', 'answer', 'note'], (k) => `spreadsheet.answers.${k}`),
    stages: pick(['stage', 'score', 'status', 'coverage', 'questions', 'answered', 'dontKnow', 'unanswered'], (k) => `spreadsheet.stages.${k}`),
    roadmap: pick(['horizon', 'number', 'stage', 'question', 'action', 'outcome', 'kpi', 'answer'], (k) => `spreadsheet.roadmap.${k}`),
    plan: pick(['question', 'action', 'owner', 'due', 'status', 'effort', 'note'], (k) => `spreadsheet.plan.${k}`),
    stageLabel: (order, stage) => t('stageLabel', { order, stage }),
    rung: (placement, total) => t('cover.rung', { placement, total }),
    status: pick(['achieved', 'in-progress', 'not-started', 'not-rated'], (k) => `status.${k}`),
    horizon: pick(['now', 'next', 'later', 'strengthen', 'find-out'], (k) => `roadmap.horizon.${k}`),
    planStatus: pick(['todo', 'in-progress', 'done', 'dropped'], (k) => `spreadsheet.planStatus.${k}`),
    effort: pick(['small', 'medium', 'large'], (k) => `spreadsheet.effort.${k}`),
    notAnswered: t('detail.unanswered'),
  };
}
