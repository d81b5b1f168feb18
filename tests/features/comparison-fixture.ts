import type { AnswerValue } from '../../src/engine/answers';
import { model } from '../../src/model/structure';
import { buildAssessmentFile, serializeAssessmentFile } from '../../src/portability/assessment-file';
import { emptyAssessment } from '../../src/state/assessment-store';

/** Every question of stages 1..upTo fully in place (4), the rest ad hoc (1): placement upTo. */
export const levelUpTo = (upTo: number) =>
  Object.fromEntries(model.stages.flatMap((s) => s.questions.map((q) => [q.id, s.order <= upTo ? 4 : 1] as const)));

/** An earlier assessment file, last changed on 20 May 2024, as the compare panel would be given it. */
export const earlierFile = (answers: Record<string, AnswerValue>) =>
  new File(
    [serializeAssessmentFile(buildAssessmentFile({ ...emptyAssessment(), answers, updatedAt: '2024-05-20T10:00:00.000Z' }, { model, language: 'es', exportedAt: new Date('2024-05-21T10:00:00Z') }))],
    'marzo-2024.json',
    { type: 'application/json' },
  );
