import type { Answers } from '../engine/answers';
import type { ReportBasis } from './report-basis';
import type { ReportBlock, ReportCell, ReportSection } from './report-model';
import { cleanUserText } from './report-text';

export interface DetailInput {
  answers: Answers;
  /** Per question: the respondent's note, or in a workshop the reason recorded for the agreed answer. */
  notes: Readonly<Record<string, string | undefined>>;
  /** A workshop's detail shows the agreed answers and the reasons behind them. */
  workshop: boolean;
}

/** "Stage detail": each stage's figures, then every question numbered "stage.question" with its answer and note. */
export function buildDetailSection(basis: ReportBasis, { answers, notes, workshop }: DetailInput): ReportSection {
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
        kind: 'table',
        columns: [
          { header: t('detail.columns.number'), width: 6, align: 'right' },
          { header: t('detail.columns.question'), width: 70 },
          { header: t(workshop ? 'workshop.answerColumn' : 'detail.columns.answer'), width: 24 },
        ],
        rows: stageStructure.questions.map((question): ReportCell[] => {
          const note = cleanUserText(notes[question.id]);
          const questionCell: ReportCell = [
            { text: f.statement(question.id) },
            {
              text: t('detail.questionMeta', { capability: stageTexts?.capabilities[question.capability] ?? question.capability, weight: question.weight }),
              role: 'meta',
            },
          ];
          if (note) questionCell.push({ text: t(workshop ? 'workshop.reasonNote' : 'detail.note', { note }), role: 'note' });
          return [[{ text: questionNumbers.get(question.id) ?? '' }], questionCell, [{ text: f.answerText(answers[question.id]), role: 'strong' }]];
        }),
      },
    );
  }
  return { id: 'detail', title: t('detail.title'), blocks };
}
