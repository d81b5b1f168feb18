// What the spreadsheet export holds, sheet by sheet, in the user's language: answers, stage scores, the roadmap and
// (when there is one) the action plan. Pure: the XLSX and CSV writers (src/export/) only lay these cells out.
import { type Answers, DONT_KNOW, isLevel, NOT_APPLICABLE } from './answers';
import type { AssessmentResult } from './assess';
import { HORIZONS, type Horizon } from './build-roadmap';
import type { ContentTexts, ModelStructure } from './model-types';
import { numberQuestions } from './question-numbers';
import type { StageStatus } from './score-stage';

/** A cell: text, a number, or empty. Dates are ISO text (YYYY-MM-DD) in a column whose format is 'date'. */
export type SpreadsheetCell = string | number | null;

export interface SpreadsheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** 'percent': the cell holds a fraction (0.62 shows as 62 %); 'date': the cell holds an ISO date; 'text' wraps. */
  format?: 'percent' | 'date' | 'text';
}

export interface SpreadsheetSheet {
  /** Which sheet it is, whatever the language (file names of the CSV use it). */
  id: 'summary' | 'answers' | 'stages' | 'roadmap' | 'plan';
  /** The sheet's tab name: at most 31 characters and none of : \ / ? * [ ] (Excel's rules). */
  name: string;
  columns: SpreadsheetColumn[];
  rows: SpreadsheetCell[][];
}

export interface Spreadsheet {
  sheets: SpreadsheetSheet[];
}

export const PLAN_STATUSES = ['todo', 'in-progress', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_EFFORTS = ['small', 'medium', 'large'] as const;
export type PlanEffort = (typeof PLAN_EFFORTS)[number];

/**
 * The action plan as the spreadsheet reads it (the plan store maps its own shape onto this). Each action targets a
 * question; `title` defaults to that question's roadmap action; dates are ISO `YYYY-MM-DD`, empty when not set.
 */
export interface SpreadsheetPlan {
  actions: readonly {
    questionId: string;
    title?: string;
    owner?: string;
    due?: string;
    status: PlanStatus;
    effort?: PlanEffort;
    note?: string;
  }[];
  /** The rung the organisation aims for, and by when. */
  target?: { rung?: number; date?: string };
}

/** Every word of the spreadsheet that is not content: sheet names, headers, statuses, in the export's language. */
export interface SpreadsheetLabels {
  sheets: Record<SpreadsheetSheet['id'], string>;
  summary: {
    label: string;
    value: string;
    organization: string;
    date: string;
    model: string;
    placement: string;
    index: string;
    answered: string;
    dontKnow: string;
    notApplicable: string;
    unanswered: string;
    targetRung: string;
    targetDate: string;
  };
  answers: { stage: string; number: string; statement: string; level: string; answer: string; note: string };
  stages: { stage: string; score: string; status: string; coverage: string; questions: string; answered: string; dontKnow: string; unanswered: string };
  roadmap: { horizon: string; number: string; stage: string; question: string; action: string; outcome: string; kpi: string; answer: string };
  plan: { question: string; action: string; owner: string; due: string; status: string; effort: string; note: string };
  /** "3. Socializing". */
  stageLabel: (order: number, name: string) => string;
  /** "Rung 3 of 10". */
  rung: (placement: number, total: number) => string;
  status: Record<StageStatus, string>;
  horizon: Record<Horizon, string>;
  planStatus: Record<PlanStatus, string>;
  effort: Record<PlanEffort, string>;
  notAnswered: string;
}

export interface BuildSpreadsheetInput {
  structure: ModelStructure;
  result: AssessmentResult;
  /** Content texts in the export's language. */
  texts: ContentTexts;
  answers: Answers;
  notes: Readonly<Record<string, string | undefined>>;
  labels: SpreadsheetLabels;
  /** Adds the plan sheet (and the target to the summary). */
  plan?: SpreadsheetPlan;
  /** The organisation's name (may be empty) and the export's date as text. */
  subject?: { organization: string; date: string };
}

const SHEET_NAME_MAX = 31;

/** A tab name Excel accepts: forbidden characters replaced, at most 31 characters, unique within the workbook. */
export function toSheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  const base = name.replace(/[:\\/?*[\]]/g, '-').replace(/^'+|'+$/g, '').trim().slice(0, SHEET_NAME_MAX) || 'Sheet';
  let candidate = base;
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
  }
  return candidate;
}

/** A score or coverage (0-100, or 0-1 for coverage) as the fraction a percent-formatted cell holds. */
const fraction = (value: number | null, scale = 100): number | null => (value === null ? null : value / scale);

/** Builds every sheet of the export. Cells hold the engine's own values (scores unrounded); the writers format them. */
export function buildSpreadsheet(input: BuildSpreadsheetInput): Spreadsheet {
  const { structure, result, texts, answers, notes, labels, plan, subject } = input;
  const numbers = numberQuestions(structure);
  const stageName = (stageId: string) => texts.stages[stageId]?.name ?? stageId;
  const stageLabel = (order: number, stageId: string) => labels.stageLabel(order, stageName(stageId));
  const answerText = (answer: Answers[string]): string => {
    if (answer === undefined) return labels.notAnswered;
    if (answer === DONT_KNOW) return texts.scale.dontKnow;
    if (answer === NOT_APPLICABLE) return texts.scale.notApplicable;
    return texts.scale.levels[answer] ?? String(answer);
  };
  const notApplicableCount = Object.values(answers).filter((a) => a === NOT_APPLICABLE).length;

  const summaryRows: SpreadsheetCell[][] = [
    ...(subject?.organization ? [[labels.summary.organization, subject.organization]] : []),
    ...(subject?.date ? [[labels.summary.date, subject.date]] : []),
    [labels.summary.model, `${texts.modelName} ${result.modelVersion}`],
    [labels.summary.placement, labels.rung(result.placement, structure.stages.length)],
    [labels.summary.index, result.overallIndex === null ? null : Math.round(result.overallIndex)],
    [labels.summary.answered, result.answeredCount],
    [labels.summary.dontKnow, result.dontKnowCount],
    [labels.summary.notApplicable, notApplicableCount],
    [labels.summary.unanswered, result.unansweredCount],
    ...(plan?.target?.rung !== undefined ? [[labels.summary.targetRung, labels.rung(plan.target.rung, structure.stages.length)]] : []),
    ...(plan?.target?.date ? [[labels.summary.targetDate, plan.target.date]] : []),
  ];

  const stagesByOrder = [...structure.stages].sort((a, b) => a.order - b.order);
  const answerRows = stagesByOrder.flatMap((stage) =>
    stage.questions.map((question): SpreadsheetCell[] => {
      const answer = answers[question.id];
      return [
        stageLabel(stage.order, stage.id),
        numbers.get(question.id) ?? '',
        texts.questions[question.id]?.statement ?? question.id,
        isLevel(answer) ? answer : null,
        answerText(answer),
        notes[question.id]?.trim() || null,
      ];
    }),
  );

  const stageRows = [...result.stages]
    .sort((a, b) => a.order - b.order)
    .map((stage): SpreadsheetCell[] => [
      stageLabel(stage.order, stage.stageId),
      fraction(stage.score),
      labels.status[stage.status],
      fraction(stage.coverage, 1),
      stage.questionCount,
      stage.answeredCount,
      stage.dontKnowCount,
      stage.unansweredCount,
    ]);

  let actionNumber = 0;
  const roadmapRows = HORIZONS.flatMap((horizon) =>
    result.roadmap[horizon].map((item): SpreadsheetCell[] => {
      const question = texts.questions[item.questionId];
      return [
        labels.horizon[horizon],
        ++actionNumber,
        stageLabel(item.stageOrder, item.stageId),
        numbers.get(item.questionId) ?? '',
        question?.action ?? item.questionId,
        question?.outcome ?? '',
        question?.kpi ?? '',
        answerText(item.answer),
      ];
    }),
  );

  const taken = new Set<string>();
  const sheet = (id: SpreadsheetSheet['id'], columns: SpreadsheetColumn[], rows: SpreadsheetCell[][]): SpreadsheetSheet => {
    const name = toSheetName(labels.sheets[id], taken);
    taken.add(name);
    return { id, name, columns, rows };
  };
  const l = labels;
  const sheets: SpreadsheetSheet[] = [
    sheet('summary', [{ header: l.summary.label, width: 28 }, { header: l.summary.value, width: 40 }], summaryRows),
    sheet(
      'answers',
      [
        { header: l.answers.stage, width: 24 },
        { header: l.answers.number, width: 7 },
        { header: l.answers.statement, width: 60, format: 'text' },
        { header: l.answers.level, width: 8 },
        { header: l.answers.answer, width: 22 },
        { header: l.answers.note, width: 40, format: 'text' },
      ],
      answerRows,
    ),
    sheet(
      'stages',
      [
        { header: l.stages.stage, width: 24 },
        { header: l.stages.score, width: 10, format: 'percent' },
        { header: l.stages.status, width: 16 },
        { header: l.stages.coverage, width: 12, format: 'percent' },
        { header: l.stages.questions, width: 11 },
        { header: l.stages.answered, width: 11 },
        { header: l.stages.dontKnow, width: 11 },
        { header: l.stages.unanswered, width: 13 },
      ],
      stageRows,
    ),
    sheet(
      'roadmap',
      [
        { header: l.roadmap.horizon, width: 18 },
        { header: l.roadmap.number, width: 6 },
        { header: l.roadmap.stage, width: 22 },
        { header: l.roadmap.question, width: 9 },
        { header: l.roadmap.action, width: 50, format: 'text' },
        { header: l.roadmap.outcome, width: 40, format: 'text' },
        { header: l.roadmap.kpi, width: 32, format: 'text' },
        { header: l.roadmap.answer, width: 20 },
      ],
      roadmapRows,
    ),
  ];
  if (plan) {
    sheets.push(
      sheet(
        'plan',
        [
          { header: l.plan.question, width: 9 },
          { header: l.plan.action, width: 50, format: 'text' },
          { header: l.plan.owner, width: 20 },
          { header: l.plan.due, width: 12, format: 'date' },
          { header: l.plan.status, width: 14 },
          { header: l.plan.effort, width: 10 },
          { header: l.plan.note, width: 40, format: 'text' },
        ],
        plan.actions.map((action) => [
          numbers.get(action.questionId) ?? '',
          action.title?.trim() || texts.questions[action.questionId]?.action || action.questionId,
          action.owner?.trim() || null,
          action.due && /^\d{4}-\d{2}-\d{2}$/.test(action.due) ? action.due : null,
          labels.planStatus[action.status],
          action.effort ? labels.effort[action.effort] : null,
          action.note?.trim() || null,
        ]),
      ),
    );
  }
  return { sheets };
}
