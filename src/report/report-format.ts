import { type AnswerValue, DONT_KNOW, isLevel } from '../engine/answers';
import type { ContentTexts } from '../engine/model-types';
import type { StageStatus } from '../engine/score-stage';
import type { ReportStrings } from './report-model';
import { interpolate } from './report-text';

/** How the report writes numbers, dates, stages and answers in its language: one set, shared by every section. */
export interface ReportFormat {
  lang: string;
  /** Up to one decimal, e.g. "54,4". */
  number: (value: number) => string;
  /** A 0-100 value as a percentage, e.g. "94,6 %". */
  percent: (value: number, digits?: number) => string;
  longDate: (date: Date) => string;
  stageName: (stageId: string) => string;
  /** "3. Socializing". */
  stageLabel: (stage: { order: number; stageId: string }) => string;
  statusName: (status: StageStatus) => string;
  scoreText: (score: number | null) => string;
  /** "Mostly in place (3)", the "don't know" label, or "Not answered". */
  answerText: (answer: AnswerValue | undefined) => string;
  statement: (questionId: string) => string;
}

export function createReportFormat(texts: ContentTexts, s: ReportStrings, lang: string): ReportFormat {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  const percent = (value: number, digits = 1) =>
    new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
  const stageName = (stageId: string) => texts.stages[stageId]?.name ?? stageId;
  return {
    lang,
    number: (value) => number.format(value),
    percent,
    longDate: (date) => dates.format(date),
    stageName,
    stageLabel: (stage) => `${stage.order}. ${stageName(stage.stageId)}`,
    statusName: (status) => s.status[status],
    scoreText: (score) => (score === null ? s.detail.noScore : percent(score)),
    answerText: (answer) => {
      if (answer === DONT_KNOW) return texts.scale.dontKnow;
      if (isLevel(answer)) return interpolate(s.detail.answerLevel, { label: texts.scale.levels[answer] ?? '', value: answer });
      return s.detail.unanswered;
    },
    statement: (questionId) => texts.questions[questionId]?.statement ?? questionId,
  };
}
