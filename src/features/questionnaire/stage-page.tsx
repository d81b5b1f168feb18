import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { usePageTitle } from '../../components/use-page-title';
import { useStageLabel } from '../../components/use-stage-label';
import type { AnswerValue } from '../../engine/answers';
import { countAnswered, findUnanswered } from '../../engine/progress';
import { useContentTexts } from '../../model/content-texts';
import { findStageByOrder, model } from '../../model/structure';
import { useAssessmentStore } from '../../state/assessment-store';
import { QuestionField } from './question-field';
import { StageProgress } from './stage-progress';
import { UnansweredSummary } from './unanswered-summary';

export function StagePage() {
  const { order: orderParam } = useParams();
  const order = Number(orderParam);
  const stage = findStageByOrder(order);
  const { t } = useTranslation('questionnaire');
  const texts = useContentTexts();
  const stageLabel = useStageLabel(texts);
  const answers = useAssessmentStore((s) => s.answers);
  const notes = useAssessmentStore((s) => s.notes);
  const setAnswer = useAssessmentStore((s) => s.setAnswer);
  const setNote = useAssessmentStore((s) => s.setNote);
  const onAnswer = useCallback((id: string, value: AnswerValue) => setAnswer(id, value), [setAnswer]);
  const onNote = useCallback((id: string, note: string) => setNote(id, note), [setNote]);
  const stageTexts = stage ? texts.stages[stage.id] : undefined;
  usePageTitle(stage ? stageLabel.heading(order) : '');

  if (!stage || !stageTexts) return <Navigate to="/stage/1" replace />;
  const isLast = order === model.stages.length;
  const unansweredHere = stage.questions.length - countAnswered(stage, answers);

  return (
    <div className="page stage-page">
      <StageProgress current={order} answers={answers} texts={texts} />
      <header className="stage-page__header">
        <h1>{stageLabel.heading(order)}</h1>
        <p className="lead">{stageTexts.summary}</p>
        <p className="hint">{t('scaleHint')}</p>
      </header>
      <form className="questions" onSubmit={(e) => e.preventDefault()} aria-label={stageLabel.short(order)}>
        {stage.questions.map((question, i) => {
          const q = texts.questions[question.id];
          return (
            <QuestionField
              key={question.id}
              questionId={question.id}
              number={i + 1}
              statement={q?.statement ?? question.id}
              help={q?.levels[3] ?? ''}
              levelLabels={texts.scale.levels}
              dontKnowLabel={texts.scale.dontKnow}
              value={answers[question.id]}
              note={notes[question.id] ?? ''}
              onAnswer={onAnswer}
              onNote={onNote}
            />
          );
        })}
      </form>
      {unansweredHere > 0 && !isLast && <p className="hint">{t('unansweredHere', { count: unansweredHere })}</p>}
      {isLast && <UnansweredSummary unanswered={findUnanswered(model, answers)} texts={texts} />}
      <div className="actions actions--split stage-page__nav">
        <Link className="button button--secondary" to={order === 1 ? '/profile' : `/stage/${order - 1}`}>
          {order === 1 ? t('backToProfile') : t('previous')}
        </Link>
        <Link className="button button--primary" to={isLast ? '/results' : `/stage/${order + 1}`}>
          {isLast ? t('seeResults') : t('next')}
        </Link>
      </div>
    </div>
  );
}
