// What every section builder reads: the result in stage order, the model, and the report's words and formats.
import type { AssessmentResult } from '../engine/assess';
import type { ContentTexts, ModelStructure } from '../engine/model-types';
import { numberQuestions } from '../engine/question-numbers';
import type { StageResult } from '../engine/score-stage';
import { STAGE_AXIS_TICKS } from '../charts/stage-chart-geometry';
import { createReportFormat, type ReportFormat } from './report-format';
import type { ReportTranslate } from './report-text';

export interface ReportBasis {
  t: ReportTranslate;
  f: ReportFormat;
  lang: string;
  result: AssessmentResult;
  structure: ModelStructure;
  /** Content texts in the report's language. */
  texts: ContentTexts;
  /** Bottom rung first. */
  stages: StageResult[];
  stageAt: (order: number) => StageResult | undefined;
  stageById: ReadonlyMap<string, StageResult>;
  /** How many stages (rungs) the ladder has. */
  total: number;
  /** "stage.question" numbers: the stage detail prints them and the progress section refers to them. */
  questionNumbers: ReadonlyMap<string, string>;
}

export function createReportBasis(input: {
  result: AssessmentResult;
  structure: ModelStructure;
  texts: ContentTexts;
  t: ReportTranslate;
  lang: string;
}): ReportBasis {
  const { result, structure, texts, t, lang } = input;
  const stages = [...result.stages].sort((a, b) => a.order - b.order);
  return {
    t,
    f: createReportFormat(texts, t, lang),
    lang,
    result,
    structure,
    texts,
    stages,
    stageAt: (order) => stages.find((stage) => stage.order === order),
    stageById: new Map(stages.map((stage) => [stage.stageId, stage])),
    total: structure.stages.length,
    questionNumbers: numberQuestions(structure),
  };
}

/** Splits a content text on blank lines into paragraphs. */
export function splitParagraphs(text: string): { kind: 'paragraph'; text: string }[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph', text: part }));
}

/** The labels of a stage-row chart's axis (the stage chart, the alignment chart): its threshold and its ticks. */
export function stageAxisLabels({ t, f, structure }: Pick<ReportBasis, 't' | 'f' | 'structure'>) {
  return {
    achievedScore: structure.scoring.achievedScore,
    thresholdLabel: t('profile.threshold', { value: f.percent(structure.scoring.achievedScore) }),
    tickLabels: STAGE_AXIS_TICKS.map((value) => f.percent(value)),
  };
}
