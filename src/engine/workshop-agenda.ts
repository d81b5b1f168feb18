// The room's agenda by impact: what decides the group's next rung first, then the rest by spread. Pure.
import { type AnswerValue, DONT_KNOW, isLevel, type Level } from './answers';
import { assess, type AssessmentResult } from './assess';
import type { ModelStructure } from './model-types';
import { scoreStage } from './score-stage';
import {
  type Agreement,
  buildAgreedAnswers,
  DISAGREEMENT_SPREAD,
  findRoomVerdict,
  type QuestionSummary,
  summarizeAnswers,
  type AnswerDistribution,
  type WorkshopParticipant,
  type WorkshopRoom,
} from './summarize-workshop';

/**
 * Why a question is on the agenda:
 * - `blocks-next-rung`: it keeps the group (by its default answers) off the next rung;
 * - `could-fall`: its stage is achieved, but with its lowest participant answer the stage would not be;
 * - `room-doesnt-know`: the room's default is "don't know" (see findRoomVerdict);
 * - `spread`: answers this many levels apart or more (the threshold in force);
 * - `roles-disagree`: two roles' medians are that far apart.
 */
export type AgendaReason = 'blocks-next-rung' | 'could-fall' | 'room-doesnt-know' | 'spread' | 'roles-disagree';

export interface AgendaItem {
  /** 1 to n, in discussion order. */
  rank: number;
  questionId: string;
  stageId: string;
  stageOrder: number;
  /** Deciding the next rung (`blocks-next-rung`, `could-fall`) comes before everything else. */
  decidesRung: boolean;
  reasons: AgendaReason[];
  summary: QuestionSummary;
}

export interface AgendaOptions {
  /** Answers this many levels apart or more are a disagreement; DISAGREEMENT_SPREAD unless the facilitator changes it. */
  spread?: number;
  /** Participants with their roles, for the roles rule; without it, no question is flagged by role. */
  participants?: readonly WorkshopParticipant[];
}

/** One role's answers to one question. */
export interface RoleDistribution extends AnswerDistribution {
  role: string;
  participantCount: number;
}

/** The lowest and highest threshold the facilitator can choose: 1 level apart to the whole scale. */
export const SPREAD_CHOICES: readonly number[] = [1, 2, 3, 4];

/**
 * A question's answers grouped by role, roles in first-appearance order; participants without a role are
 * left out. Empty when nobody gave a role.
 */
export function summarizeByRole(question: QuestionSummary, participants: readonly WorkshopParticipant[]): RoleDistribution[] {
  const roleOf = new Map(participants.map((p) => [p.id, p.role?.trim() ?? '']));
  const groups = new Map<string, (AnswerValue | undefined)[]>();
  for (const { participantId, answer } of question.answers) {
    const role = roleOf.get(participantId);
    if (!role) continue;
    const list = groups.get(role) ?? [];
    list.push(answer);
    groups.set(role, list);
  }
  return [...groups].map(([role, answers]) => ({ role, participantCount: answers.length, ...summarizeAnswers(answers) }));
}

/**
 * Roles disagree when at least two roles chose levels and their medians are `spread` or more levels apart:
 * the people closest to the practice see it differently from the others.
 */
export function rolesDisagree(byRole: readonly RoleDistribution[], spread: number = DISAGREEMENT_SPREAD): boolean {
  const medians = byRole.map((r) => r.median).filter((m): m is Level => m !== null);
  if (medians.length < 2) return false;
  return Math.max(...medians) - Math.min(...medians) >= spread;
}

/**
 * Whether a stage the group achieves would stop being achieved if this question took its lowest participant
 * answer: a contested answer that holds the rung up.
 */
function couldFall(model: ModelStructure, result: AssessmentResult, answers: Record<string, AnswerValue>, q: QuestionSummary): boolean {
  const stage = model.stages.find((s) => s.id === q.stageId);
  const current = answers[q.questionId];
  if (!stage || q.lowest === null || !isLevel(current) || q.lowest >= current) return false;
  if (result.stages.find((s) => s.stageId === stage.id)?.status !== 'achieved') return false;
  return scoreStage(stage, { ...answers, [q.questionId]: q.lowest }, model.scoring).status !== 'achieved';
}

/**
 * The agenda by impact. First the questions that decide the group's next rung: those the assessment of the
 * group's default answers says block it (its roadmap's Now horizon), and contested answers that hold up a
 * stage the group achieves; then every other question with a spread of `spread` levels or more, or roles
 * that far apart; then those where the room doesn't know. Within each group, widest spread first, then
 * content order. The default answers (not the facilitator's choices) decide it, so the agenda holds still
 * while the room records what it agrees.
 */
export function buildAgenda(model: ModelStructure, room: WorkshopRoom, options: AgendaOptions = {}): AgendaItem[] {
  const spread = options.spread ?? DISAGREEMENT_SPREAD;
  const defaults = buildAgreedAnswers(room.questions, {});
  const result = assess(model, defaults);
  const blocking = new Set(result.blockingItems.map((item) => item.questionId));
  const candidates: Omit<AgendaItem, 'rank'>[] = [];
  for (const q of room.questions) {
    const reasons: AgendaReason[] = [];
    if (room.participantCount > 0 && blocking.has(q.questionId)) reasons.push('blocks-next-rung');
    if (couldFall(model, result, defaults, q)) reasons.push('could-fall');
    if (findRoomVerdict(q) === DONT_KNOW) reasons.push('room-doesnt-know');
    if (q.spread !== null && q.spread >= spread) reasons.push('spread');
    if (options.participants && rolesDisagree(summarizeByRole(q, options.participants), spread)) reasons.push('roles-disagree');
    if (!reasons.length) continue;
    const decidesRung = reasons.includes('blocks-next-rung') || reasons.includes('could-fall');
    candidates.push({ questionId: q.questionId, stageId: q.stageId, stageOrder: q.stageOrder, decidesRung, reasons, summary: q });
  }
  const group = (item: Omit<AgendaItem, 'rank'>) =>
    item.decidesRung ? 0 : item.reasons.includes('spread') || item.reasons.includes('roles-disagree') ? 1 : 2;
  return candidates
    .sort((a, b) => group(a) - group(b) || (b.summary.spread ?? -1) - (a.summary.spread ?? -1) || a.summary.index - b.summary.index)
    .map((item, i) => ({ ...item, rank: i + 1 }));
}

/** How many agenda items the room has marked discussed. */
export function countDiscussed(agenda: readonly AgendaItem[], agreements: Readonly<Record<string, Agreement | undefined>>): number {
  return agenda.filter((item) => agreements[item.questionId]?.discussed).length;
}
