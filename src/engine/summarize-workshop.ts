import { type AnswerValue, type Answers, DONT_KNOW, isLevel, type Level, NOT_APPLICABLE } from './answers';
import { assess, type AssessmentResult } from './assess';
import type { ModelStructure } from './model-types';
import { scoreStage } from './score-stage';

/** A spread of this many levels or more puts a question on the discussion agenda. */
export const DISAGREEMENT_SPREAD = 2;

export interface WorkshopParticipant {
  id: string;
  name: string;
  answers: Answers;
  /** Role or department, when the participant gave one: the room can be read by role. */
  role?: string;
  /** The participant's notes per question: the room's evidence. */
  notes?: Readonly<Record<string, string | undefined>>;
}

/** How a room answered one question. */
export interface AnswerDistribution {
  /** How many chose each level, 0 to 4. */
  levelCounts: [number, number, number, number, number];
  dontKnowCount: number;
  /** "Doesn't apply" (conditional questions only); neither a level nor unanswered. */
  notApplicableCount: number;
  unansweredCount: number;
  /** Participants who chose a level (not "don't know"). */
  ratedCount: number;
  mean: number | null;
  median: Level | null;
  lowest: Level | null;
  highest: Level | null;
  /** highest - lowest; null when nobody chose a level. */
  spread: number | null;
}

export interface QuestionSummary extends AnswerDistribution {
  questionId: string;
  stageId: string;
  stageOrder: number;
  /** Content order, to break ties. */
  index: number;
  /** Each participant's answer, in participant order; shown only when the facilitator shows names. */
  answers: { participantId: string; answer: AnswerValue | undefined }[];
}

/** Participants' scores for one stage (0-100), over those whose answers give the stage a score. */
export interface StageSummary {
  stageId: string;
  order: number;
  scoredCount: number;
  mean: number | null;
  lowest: number | null;
  highest: number | null;
}

/** What the facilitator recorded for one question; a missing answer means "the default" (see defaultAgreedAnswer). */
export interface Agreement {
  answer?: AnswerValue;
  reason?: string;
  /** The room has discussed this agenda item. */
  discussed?: boolean;
}

/** Counts, mean, median, lowest and highest of one question's answers. */
export function summarizeAnswers(values: readonly (AnswerValue | undefined)[]): AnswerDistribution {
  const levelCounts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let dontKnowCount = 0;
  let notApplicableCount = 0;
  let unansweredCount = 0;
  const levels: Level[] = [];
  for (const value of values) {
    if (isLevel(value)) {
      levelCounts[value]++;
      levels.push(value);
    } else if (value === DONT_KNOW) dontKnowCount++;
    else if (value === NOT_APPLICABLE) notApplicableCount++;
    else unansweredCount++;
  }
  levels.sort((a, b) => a - b);
  const lowest = levels[0] ?? null;
  const highest = levels.at(-1) ?? null;
  return {
    levelCounts,
    dontKnowCount,
    notApplicableCount,
    unansweredCount,
    ratedCount: levels.length,
    mean: levels.length ? levels.reduce<number>((sum, level) => sum + level, 0) / levels.length : null,
    median: medianLevel(levels),
    lowest,
    highest,
    spread: lowest === null || highest === null ? null : highest - lowest,
  };
}

/**
 * The median as a level. Between two levels (an even count) it rounds down, so the default never
 * claims more than half the room does.
 */
export function medianLevel(sorted: readonly Level[]): Level | null {
  if (!sorted.length) return null;
  const middle = sorted.length / 2;
  if (sorted.length % 2) return sorted[Math.floor(middle)]!;
  return Math.floor((sorted[middle - 1]! + sorted[middle]!) / 2) as Level;
}

/** Every question of the model, summarised across participants, in content order. */
export function summarizeQuestions(model: ModelStructure, participants: readonly WorkshopParticipant[]): QuestionSummary[] {
  return model.stages.flatMap((stage) =>
    stage.questions.map((question) => {
      const answers = participants.map((p) => ({ participantId: p.id, answer: p.answers[question.id] }));
      return {
        questionId: question.id,
        stageId: stage.id,
        stageOrder: stage.order,
        index: question.index,
        answers,
        ...summarizeAnswers(answers.map((a) => a.answer)),
      };
    }),
  );
}

/** Questions with a spread of DISAGREEMENT_SPREAD levels or more: widest first, then in content order. */
export function findDisagreements(questions: readonly QuestionSummary[]): QuestionSummary[] {
  return questions
    .filter((q) => q.spread !== null && q.spread >= DISAGREEMENT_SPREAD)
    .sort((a, b) => b.spread! - a.spread! || a.index - b.index);
}

/** Each stage's score per participant, as mean, lowest and highest. */
export function summarizeStages(model: ModelStructure, participants: readonly WorkshopParticipant[]): StageSummary[] {
  return model.stages.map((stage) => {
    const scores = participants
      .map((p) => scoreStage(stage, p.answers, model.scoring).score)
      .filter((score): score is number => score !== null);
    return {
      stageId: stage.id,
      order: stage.order,
      scoredCount: scores.length,
      mean: scores.length ? scores.reduce((sum, s) => sum + s, 0) / scores.length : null,
      lowest: scores.length ? Math.min(...scores) : null,
      highest: scores.length ? Math.max(...scores) : null,
    };
  });
}

/**
 * When the room as a whole does not give a level: "doesn't apply" when more than half of those who answered
 * said so; else "don't know" when at least as many said "don't know" as chose a level (most of the room, or
 * a split between not knowing and levels: one person's level must not silently become the group's). Null
 * otherwise: the room gives a level.
 */
export function findRoomVerdict(summary: AnswerDistribution): typeof DONT_KNOW | typeof NOT_APPLICABLE | null {
  const answered = summary.ratedCount + summary.dontKnowCount + summary.notApplicableCount;
  if (summary.notApplicableCount * 2 > answered) return NOT_APPLICABLE;
  if (summary.dontKnowCount > 0 && summary.dontKnowCount >= summary.ratedCount) return DONT_KNOW;
  return null;
}

/**
 * The default agreed answer: the room's verdict ("doesn't apply", "the room doesn't know") when it has one,
 * else the median level (rounded down); none when nobody answered.
 */
export function defaultAgreedAnswer(summary: AnswerDistribution): AnswerValue | undefined {
  return findRoomVerdict(summary) ?? summary.median ?? undefined;
}

/** The agreed answer of every question: the facilitator's choice where recorded, else the default. */
export function buildAgreedAnswers(
  questions: readonly QuestionSummary[],
  agreements: Readonly<Record<string, Agreement | undefined>>,
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const agreed = agreements[q.questionId]?.answer ?? defaultAgreedAnswer(q);
    if (agreed !== undefined) answers[q.questionId] = agreed;
  }
  return answers;
}

export interface WorkshopDisagreement {
  questionId: string;
  stageId: string;
  stageOrder: number;
  lowest: Level;
  highest: Level;
  spread: number;
  mean: number;
  /** The recorded answer, or the default (median). */
  agreed: AnswerValue | undefined;
  /** True when the facilitator chose the answer rather than leaving the median. */
  agreedByFacilitator: boolean;
  reason: string;
}

/** What depends on the participants alone: recomputed when someone joins or leaves, not when a reason is typed. */
export interface WorkshopRoom {
  participantCount: number;
  /** Every question of the model, in content order. */
  questions: QuestionSummary[];
  /** The discussion agenda: questions with a spread of DISAGREEMENT_SPREAD levels or more, widest first. */
  agenda: QuestionSummary[];
  /** Each stage's scores across participants. */
  stages: StageSummary[];
}

export interface WorkshopSummary {
  participantCount: number;
  /** Questions with a spread of DISAGREEMENT_SPREAD levels or more, widest first. */
  disagreements: WorkshopDisagreement[];
  agreedAnswers: Record<string, AnswerValue>;
  /** The group's placement and roadmap, from the agreed answers. */
  result: AssessmentResult;
  /** Each stage's participants' mean, lowest and highest score: how aligned the room is, stage by stage. */
  stages: StageSummary[];
}

/** The workshop rule, step one: summarise every question and stage, and put the disagreements on the agenda. */
export function summarizeRoom(model: ModelStructure, participants: readonly WorkshopParticipant[]): WorkshopRoom {
  const questions = summarizeQuestions(model, participants);
  return {
    participantCount: participants.length,
    questions,
    agenda: findDisagreements(questions),
    stages: summarizeStages(model, participants),
  };
}

/**
 * The workshop rule, step two: the agreed answers (the facilitator's choice, else the default), the
 * disagreements with what was agreed and why, and the group's result from the agreed answers.
 */
export function settleWorkshop(
  model: ModelStructure,
  room: WorkshopRoom,
  agreements: Readonly<Record<string, Agreement | undefined>>,
): WorkshopSummary {
  const agreedAnswers = buildAgreedAnswers(room.questions, agreements);
  return {
    participantCount: room.participantCount,
    disagreements: room.agenda.map((q) => ({
      questionId: q.questionId,
      stageId: q.stageId,
      stageOrder: q.stageOrder,
      lowest: q.lowest!,
      highest: q.highest!,
      spread: q.spread!,
      mean: q.mean!,
      agreed: agreedAnswers[q.questionId],
      agreedByFacilitator: agreements[q.questionId]?.answer !== undefined,
      reason: agreements[q.questionId]?.reason?.trim() ?? '',
    })),
    agreedAnswers,
    result: assess(model, agreedAnswers),
    stages: room.stages,
  };
}

/**
 * Everything a workshop report needs: how many took part, the points of disagreement with their
 * spread and agreed answer, and the group's result. The same two steps the facilitator's view runs.
 */
export function summarizeWorkshop(
  model: ModelStructure,
  participants: readonly WorkshopParticipant[],
  agreements: Readonly<Record<string, Agreement | undefined>>,
): WorkshopSummary {
  return settleWorkshop(model, summarizeRoom(model, participants), agreements);
}
