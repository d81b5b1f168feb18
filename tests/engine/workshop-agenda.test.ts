import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW, NOT_APPLICABLE } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import {
  buildAgreedAnswers,
  defaultAgreedAnswer,
  findRoomVerdict,
  summarizeAnswers,
  summarizeRoom,
  summarizeStages,
  type WorkshopParticipant,
} from '../../src/engine/summarize-workshop';
import { buildAgenda, countDiscussed, rolesDisagree, summarizeByRole } from '../../src/engine/workshop-agenda';
import { answerAll, MODEL, QUESTION_IDS } from './fixture';

const person = (id: string, role: string, answers: Record<string, AnswerValue>): WorkshopParticipant => ({ id, name: id, role, answers });

describe('"the room doesn\'t know" and "doesn\'t apply"', () => {
  it('defaults to "don\'t know" when most of the room says so, or the room splits between "don\'t know" and levels', () => {
    expect(findRoomVerdict(summarizeAnswers([DONT_KNOW, DONT_KNOW, DONT_KNOW, 3]))).toBe(DONT_KNOW);
    // A split: one level against one "don't know" must not become the group's level.
    expect(defaultAgreedAnswer(summarizeAnswers([DONT_KNOW, 3]))).toBe(DONT_KNOW);
    expect(defaultAgreedAnswer(summarizeAnswers([DONT_KNOW, DONT_KNOW, 1, 4]))).toBe(DONT_KNOW);
    // More levels than "don't know": the median of the levels (rounded down).
    expect(defaultAgreedAnswer(summarizeAnswers([DONT_KNOW, 1, 4, undefined]))).toBe(2);
    expect(findRoomVerdict(summarizeAnswers([DONT_KNOW, 1, 4]))).toBeNull();
  });

  it('defaults to "doesn\'t apply" when more than half of those who answered say so, else to the median of the levels', () => {
    expect(defaultAgreedAnswer(summarizeAnswers([NOT_APPLICABLE, NOT_APPLICABLE, 2, undefined]))).toBe(NOT_APPLICABLE);
    expect(defaultAgreedAnswer(summarizeAnswers([NOT_APPLICABLE, NOT_APPLICABLE, 1, 3]))).toBe(2);
    expect(summarizeAnswers([NOT_APPLICABLE, 2, undefined])).toMatchObject({ notApplicableCount: 1, unansweredCount: 1, ratedCount: 1 });
  });
});

describe('by role', () => {
  it('groups a question\'s answers by role and flags roles whose medians are the spread apart', () => {
    const people = [person('a', 'IT', { 's1-a': 4 }), person('b', 'IT', { 's1-a': 3 }), person('c', 'Ventas', { 's1-a': 1 }), person('d', '', { 's1-a': 0 })];
    const q = summarizeRoom(MODEL, people).questions.find((x) => x.questionId === 's1-a')!;
    const byRole = summarizeByRole(q, people);
    expect(byRole.map((r) => [r.role, r.participantCount, r.median])).toEqual([
      ['IT', 2, 3],
      ['Ventas', 1, 1],
    ]);
    expect(rolesDisagree(byRole, 2)).toBe(true);
    expect(rolesDisagree(byRole, 3)).toBe(false);
    expect(rolesDisagree(summarizeByRole(q, people.map((p) => ({ ...p, role: '' }))))).toBe(false);
  });
});

describe('the agenda by impact', () => {
  // Four people, two roles. s1 is achieved by the defaults but s1-c (4/4/4/1) would drop it at its lowest
  // answer; s2-d (1/1/2/2, median 1) keeps the group off rung 2; s4-b is 0/4/2/2; s6-a splits the roles
  // 4/4 against 1/1; s5-a is 1/3; s3-a is "don't know" twice against one 3.
  const base = { ...answerAll(4, ['s1', 's2']) };
  const people = [
    person('ana', 'IT', { ...base, 's2-d': 1, 's3-a': DONT_KNOW, 's4-b': 0, 's5-a': 1, 's6-a': 4 }),
    person('ben', 'IT', { ...base, 's2-d': 1, 's3-a': DONT_KNOW, 's4-b': 4, 's5-a': 3, 's6-a': 4 }),
    person('cai', 'Marketing', { ...base, 's2-d': 2, 's3-a': 3, 's4-b': 2, 's6-a': 1 }),
    person('dee', 'Marketing', { ...base, 's1-c': 1, 's2-d': 2, 's4-b': 2, 's6-a': 1 }),
  ];
  const room = summarizeRoom(MODEL, people);
  const agenda = buildAgenda(MODEL, room, { participants: people });

  it('puts first what decides the next rung, then the rest by spread, then what the room doesn\'t know', () => {
    expect(assess(MODEL, buildAgreedAnswers(room.questions, {})).placement).toBe(1);
    expect(agenda.map((item) => [item.rank, item.questionId, item.reasons])).toEqual([
      [1, 's1-c', ['could-fall', 'spread', 'roles-disagree']], // IT 4/4, Marketing 4/1 (median 2)
      [2, 's2-d', ['blocks-next-rung']],
      [3, 's4-b', ['spread']],
      [4, 's6-a', ['spread', 'roles-disagree']],
      [5, 's5-a', ['spread']],
      [6, 's3-a', ['room-doesnt-know']],
    ]);
    expect(agenda.filter((item) => item.decidesRung).map((item) => item.questionId)).toEqual(['s1-c', 's2-d']);
  });

  it('follows the facilitator\'s spread threshold, and holds still while answers are agreed', () => {
    expect(buildAgenda(MODEL, room, { spread: 4, participants: people }).map((item) => item.questionId)).toEqual(['s1-c', 's2-d', 's4-b', 's3-a']);
    expect(buildAgenda(MODEL, room, { spread: 1 }).map((item) => item.questionId)).toContain('s2-d');
  });

  it('counts the items marked discussed', () => {
    expect(countDiscussed(agenda, { 's1-c': { discussed: true }, 's3-a': { discussed: true }, 's9-a': { discussed: true }, 's4-b': { reason: 'x' } })).toBe(2);
  });

  it('gives each stage the participants\' mean, lowest and highest score (alignment)', () => {
    const stages = summarizeStages(MODEL, people);
    // s1: three at 100; dee (4·1 + 4·2 + 1·3)/6 → 62.5
    expect(stages[0]).toMatchObject({ scoredCount: 4, lowest: 62.5, highest: 100 });
    expect(stages[0]!.mean).toBeCloseTo((3 * 100 + 62.5) / 4);
  });
});

describe('agenda properties', () => {
  const answer = fc.constantFrom<AnswerValue | undefined>(0, 1, 2, 3, 4, DONT_KNOW, undefined);
  const participantArb = fc.record({ role: fc.constantFrom('', 'IT', 'Ventas'), answers: fc.array(answer, { minLength: QUESTION_IDS.length, maxLength: QUESTION_IDS.length }) });
  it('holds every question blocking the next rung, and ranks 1..n', () => {
    fc.assert(
      fc.property(fc.array(participantArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 4 }), (raw, spread) => {
        const people = raw.map((p, i) =>
          person(`p${i}`, p.role, Object.fromEntries(QUESTION_IDS.flatMap((id, k) => (p.answers[k] === undefined ? [] : [[id, p.answers[k]!]])))),
        );
        const room = summarizeRoom(MODEL, people);
        const agenda = buildAgenda(MODEL, room, { spread, participants: people });
        expect(agenda.map((item) => item.rank)).toEqual(agenda.map((_, i) => i + 1));
        const ids = new Set(agenda.map((item) => item.questionId));
        expect(ids.size).toBe(agenda.length);
        for (const item of assess(MODEL, buildAgreedAnswers(room.questions, {})).blockingItems) expect(ids).toContain(item.questionId);
        // What decides the rung comes first.
        const firstOther = agenda.findIndex((item) => !item.decidesRung);
        if (firstOther >= 0) expect(agenda.slice(firstOther).every((item) => !item.decidesRung)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
