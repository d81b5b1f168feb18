import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW, type Level } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import {
  buildAgreedAnswers,
  defaultAgreedAnswer,
  findDisagreements,
  medianLevel,
  summarizeAnswers,
  settleWorkshop,
  summarizeQuestions,
  summarizeRoom,
  summarizeStages,
  summarizeWorkshop,
  type WorkshopParticipant,
} from '../../src/engine/summarize-workshop';
import { answerAll, MODEL } from './fixture';

const participant = (id: string, answers: Record<string, AnswerValue>): WorkshopParticipant => ({ id, name: id.toUpperCase(), answers });

describe('summarizeAnswers', () => {
  it('counts each level, "don\'t know" and no answer, and gives mean, median, lowest, highest and spread', () => {
    expect(summarizeAnswers([4, 1, 3, DONT_KNOW, undefined, 3])).toEqual({
      levelCounts: [0, 1, 0, 2, 1],
      dontKnowCount: 1,
      notApplicableCount: 0,
      unansweredCount: 1,
      ratedCount: 4,
      mean: 2.75,
      median: 3,
      lowest: 1,
      highest: 4,
      spread: 3,
    });
  });

  it('has no statistics when nobody chose a level', () => {
    expect(summarizeAnswers([DONT_KNOW, undefined])).toMatchObject({ ratedCount: 0, mean: null, median: null, lowest: null, highest: null, spread: null });
    expect(summarizeAnswers([])).toMatchObject({ ratedCount: 0, unansweredCount: 0, spread: null });
  });
});

describe('medianLevel', () => {
  it('takes the middle level, and between two levels rounds down so the default never overstates', () => {
    const m = (...levels: Level[]) => medianLevel([...levels].sort((a, b) => a - b));
    expect(m(0, 4, 2)).toBe(2);
    expect(m(1, 3)).toBe(2);
    expect(m(2, 3)).toBe(2);
    expect(m(0, 1, 4, 4)).toBe(2);
    expect(m(4)).toBe(4);
    expect(m()).toBeNull();
  });
});

describe('defaultAgreedAnswer', () => {
  it('is the median; "don\'t know" when the room says so as often as it gives levels; none when nobody answered', () => {
    expect(defaultAgreedAnswer(summarizeAnswers([1, 4, 2]))).toBe(2);
    // Issue 14: one level against one "don't know" no longer becomes the group's answer.
    expect(defaultAgreedAnswer(summarizeAnswers([DONT_KNOW, 3]))).toBe(DONT_KNOW);
    expect(defaultAgreedAnswer(summarizeAnswers([DONT_KNOW, 3, 1]))).toBe(2);
    expect(defaultAgreedAnswer(summarizeAnswers([DONT_KNOW, undefined]))).toBe(DONT_KNOW);
    expect(defaultAgreedAnswer(summarizeAnswers([undefined, undefined]))).toBeUndefined();
  });
});

describe('a workshop of three', () => {
  // Everyone: stage 1 at 4. s2-a: 4/2/3 (spread 2); s2-b: 0/4/4 (spread 4); s3-c: 1/4/DK (spread 3); s4-a: 2/3/DK (spread 1).
  const base = answerAll(4, ['s1']);
  const people = [
    participant('ana', { ...base, 's2-a': 4, 's2-b': 0, 's3-c': 1, 's4-a': 2 }),
    participant('luis', { ...base, 's2-a': 2, 's2-b': 4, 's3-c': 4, 's4-a': 3 }),
    participant('marta', { ...base, 's2-a': 3, 's2-b': 4, 's3-c': DONT_KNOW, 's4-a': DONT_KNOW }),
  ];
  const questions = summarizeQuestions(MODEL, people);

  it('summarises every question in content order, keeping who answered what', () => {
    expect(questions.map((q) => q.questionId)).toEqual(MODEL.stages.flatMap((s) => s.questions.map((q) => q.id)));
    const s2b = questions.find((q) => q.questionId === 's2-b')!;
    expect(s2b.answers).toEqual([
      { participantId: 'ana', answer: 0 },
      { participantId: 'luis', answer: 4 },
      { participantId: 'marta', answer: 4 },
    ]);
    expect(s2b).toMatchObject({ stageId: 's2', stageOrder: 2, mean: 8 / 3, median: 4, spread: 4 });
  });

  it('puts questions two or more levels apart on the agenda, widest first, then in content order', () => {
    expect(findDisagreements(questions).map((q) => [q.questionId, q.spread])).toEqual([
      ['s2-b', 4],
      ['s3-c', 3],
      ['s2-a', 2],
    ]);
  });

  it('gives each stage the participants\' mean, lowest and highest score', () => {
    const stages = summarizeStages(MODEL, people);
    expect(stages[0]).toEqual({ stageId: 's1', order: 1, scoredCount: 3, mean: 100, lowest: 100, highest: 100 });
    expect(stages[4]).toEqual({ stageId: 's5', order: 5, scoredCount: 0, mean: null, lowest: null, highest: null });
    // s2 scores: ana (2·4 + 2·0)/4 → 50; luis (2·2 + 2·4)/4 → 75; marta (2·3 + 2·4)/4 → 87.5
    expect(stages[1]).toMatchObject({ scoredCount: 3, lowest: 50, highest: 87.5 });
    expect(stages[1]!.mean).toBeCloseTo((50 + 75 + 87.5) / 3);
  });

  it('agrees on the median unless the facilitator recorded another answer', () => {
    expect(buildAgreedAnswers(questions, {})).toMatchObject({ 's2-a': 3, 's2-b': 4, 's3-c': 2, 's4-a': 2, 's1-a': 4 });
    const agreed = buildAgreedAnswers(questions, { 's2-b': { answer: 1, reason: 'Solo en una sede' }, 's2-a': { reason: 'Sin cambio' } });
    expect(agreed['s2-b']).toBe(1);
    expect(agreed['s2-a']).toBe(3);
    expect(agreed).not.toHaveProperty('s5-a');
  });

  it('summarises the workshop for the report: count, disagreements with agreed answer and reason, and the group result', () => {
    const agreements = { 's3-c': { answer: 4 as const, reason: '  Hay un panel desde marzo.  ' } };
    const summary = summarizeWorkshop(MODEL, people, agreements);
    expect(summary.participantCount).toBe(3);
    expect(summary.disagreements).toEqual([
      { questionId: 's2-b', stageId: 's2', stageOrder: 2, lowest: 0, highest: 4, spread: 4, mean: 8 / 3, agreed: 4, agreedByFacilitator: false, reason: '' },
      { questionId: 's3-c', stageId: 's3', stageOrder: 3, lowest: 1, highest: 4, spread: 3, mean: 2.5, agreed: 4, agreedByFacilitator: true, reason: 'Hay un panel desde marzo.' },
      { questionId: 's2-a', stageId: 's2', stageOrder: 2, lowest: 2, highest: 4, spread: 2, mean: 3, agreed: 3, agreedByFacilitator: false, reason: '' },
    ]);
    expect(summary.result).toEqual(assess(MODEL, summary.agreedAnswers));
    expect(summary.result.placement).toBe(1);
  });

  it('runs one rule for the room view and the PDF: the room from the participants, then the agreements settled on it', () => {
    const room = summarizeRoom(MODEL, people);
    expect(room).toEqual({ participantCount: 3, questions, agenda: findDisagreements(questions), stages: summarizeStages(MODEL, people) });
    const agreements = { 's2-b': { answer: 1 as const, reason: 'Solo en una sede' } };
    const settled = settleWorkshop(MODEL, room, agreements);
    expect(settled).toEqual(summarizeWorkshop(MODEL, people, agreements));
    expect(settled.agreedAnswers).toEqual(buildAgreedAnswers(questions, agreements));
  });

  it('handles a workshop with nobody in it', () => {
    const summary = summarizeWorkshop(MODEL, [], {});
    expect(summary).toMatchObject({ participantCount: 0, disagreements: [], agreedAnswers: {} });
    expect(summary.result.placement).toBe(0);
  });
});
