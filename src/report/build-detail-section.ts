import { type Answers, isLevel } from '../engine/answers';
import { effectiveAnswer } from '../engine/effective-answer';
import type { LevelDescriptors } from '../engine/model-types';
import type { ReportBasis } from './report-basis';
import type { ReportBlock, ReportCell, ReportSection } from './report-model';
import { cleanUserText } from './report-text';

export interface DetailInput {
  answers: Answers;
  /** Per question: the respondent's note, or in a workshop the reason recorded for the agreed answer. */
  notes: Readonly<Record<string, string | undefined>>;
  /** A workshop's detail shows the agreed answers and the reasons behind them. */
  workshop: boolean;
  /** What each level looks like, per question: the chosen one is printed beside the answer. */
  levelDescriptors: LevelDescriptors;
}

/** "Stage detail": each stage's figures, then every question numbered "stage.question" with its answer and note. */
export function buildDetailSection(basis: ReportBasis, { answers, notes, workshop, levelDescriptors }: DetailInput): ReportSection {
  const { t, f, texts, stageById, questionNumbers } = basis;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t(workshop ? 'workshop.detailIntro' : 'detail.intro') }];
  for (const stageStructure of [...basis.structure.stages].sort((a, b) => a.order - b.order)) {
    const stage = stageById.get(stageStructure.id);
    if (!stage) continue;
    const stageTexts = texts.stages[stage.stageId];
    blocks.push(
      { kind: 'heading', text: t('detail.stageHeading', { order: stage.order, stage: f.stageName(stage.stageId) }) },
      {
        kind: 'paragraph',
        role: 'meta',
        text: t('detail.stageFacts', {
          score: f.scoreText(stage.score),
          status: f.statusName(stage.status),
          coverage: f.percent(stage.coverage * 100),
          answered: stage.answeredCount,
          count: stage.questionCount,
        }),
      },
      {
        kind: 'paragraph',
        role: 'meta',
        text: t(stage.notApplicableCount ? 'detail.stageCountsWithNotApplicable' : 'detail.stageCounts', {
          dontKnow: t('detail.stageDontKnow', { count: stage.dontKnowCount }),
          notApplicable: t('detail.stageNotApplicable', { count: stage.notApplicableCount }),
        }),
      },
      ...(stage.scoreReached && stage.status !== 'achieved'
        ? [{ kind: 'paragraph' as const, role: 'meta' as const, text: t('detail.heldByEssential', { level: basis.structure.scoring.essentialFloor }) }]
        : []),
      {
        kind: 'table',
        columns: [
          { header: t('detail.columns.number'), width: 6, align: 'right' },
          { header: t('detail.columns.question'), width: 54 },
          { header: t(workshop ? 'workshop.answerColumn' : 'detail.columns.answer'), width: 40 },
        ],
        rows: stageStructure.questions.map((question): ReportCell[] => {
          const note = cleanUserText(notes[question.id]);
          const meta = t('detail.questionMeta', { capability: stageTexts?.capabilities[question.capability] ?? question.capability, weight: question.weight });
          const questionCell: ReportCell = [
            { text: f.statement(question.id) },
            { text: question.essential ? t('detail.questionMetaEssential', { meta }) : meta, role: 'meta' },
          ];
          const condition = texts.questions[question.id]?.condition;
          if (condition) questionCell.push({ text: condition, role: 'meta' });
          if (note) questionCell.push({ text: t(workshop ? 'workshop.reasonNote' : 'detail.note', { note }), role: 'note' });
          // What the chosen level looks like in practice, beside the answer: the reader sees what was claimed.
          const answer = effectiveAnswer(question, answers);
          const answerCell: ReportCell = [{ text: f.answerText(answer), role: 'strong' }];
          const descriptor = isLevel(answer) ? levelDescriptors[question.id]?.[answer] : undefined;
          if (descriptor) answerCell.push({ text: descriptor, role: 'meta' });
          return [[{ text: questionNumbers.get(question.id) ?? '' }], questionCell, answerCell];
        }),
      },
    );
  }
  return { id: 'detail', title: t('detail.title'), blocks };
}
