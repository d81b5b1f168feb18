import { type AnswerValue, DONT_KNOW, isLevel, NOT_APPLICABLE } from '../engine/answers';
import type { ContentTexts } from '../engine/model-types';
import { formatAnswerMean, formatPercent, formatScore, formatSignedPoints, formatWhole } from '../engine/number-format';
import type { StageStatus } from '../engine/score-stage';
import type { ReportTranslate } from './report-text';

/**
 * How the report writes numbers, dates, stages and answers in its language: one set, shared by every section.
 * Numbers come from engine/number-format, which the app uses too, so screen and paper agree.
 */
export interface ReportFormat {
  lang: string;
  /** A 0-100 value as a whole number, e.g. "54" (the index, in "54 of 100"). */
  number: (value: number) => string;
  /** A 0-100 value as a whole percentage, e.g. "95 %" (es) or "95%" (en). */
  percent: (value: number) => string;
  /** A change in percentage points with its sign, e.g. "+12". */
  points: (change: number) => string;
  /** A mean of answers on the 0-4 scale, e.g. "2,3". */
  mean: (value: number) => string;
  longDate: (date: Date) => string;
  stageName: (stageId: string) => string;
  /** "3. Socializing". */
  stageLabel: (stage: { order: number; stageId: string }) => string;
  statusName: (status: StageStatus) => string;
  scoreText: (score: number | null) => string;
  /** "Mostly in place (3)", the "don't know" or "doesn't apply" label, or "Not answered". */
  answerText: (answer: AnswerValue | undefined) => string;
  statement: (questionId: string) => string;
}

export function createReportFormat(texts: ContentTexts, t: ReportTranslate, lang: string): ReportFormat {
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long' });
  const percent = (value: number) => formatPercent(value, lang);
  const stageName = (stageId: string) => texts.stages[stageId]?.name ?? stageId;
  return {
    lang,
    number: (value) => formatWhole(value, lang),
    percent,
    points: (change) => formatSignedPoints(change, lang),
    mean: (value) => formatAnswerMean(value, lang),
    longDate: (date) => dates.format(date),
    stageName,
    stageLabel: (stage) => t('stageLabel', { order: stage.order, stage: stageName(stage.stageId) }),
    statusName: (status) => t(`status.${status}`),
    scoreText: (score) => formatScore(score, lang, t('detail.noScore')),
    answerText: (answer) => {
      if (answer === DONT_KNOW) return texts.scale.dontKnow;
      if (answer === NOT_APPLICABLE) return texts.scale.notApplicable;
      if (isLevel(answer)) return t('detail.answerLevel', { label: texts.scale.levels[answer] ?? '', value: answer });
      return t('detail.unanswered');
    },
    statement: (questionId) => texts.questions[questionId]?.statement ?? questionId,
  };
}
