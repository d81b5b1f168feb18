import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { whenIdle } from '../../browser/when-idle';
import { usePageTitle } from '../../components/use-page-title';
import { useStageLabel } from '../../components/use-stage-label';
import type { AnswerValue } from '../../engine/answers';
import { countAnswered, findUnanswered } from '../../engine/progress';
import { useContentTexts } from '../../model/content-texts';
import { loadLevelDescriptors, useLevelDescriptors } from '../../model/level-descriptors';
import { findStageByOrder, model } from '../../model/structure';
import { useAssessmentStore } from '../../state/assessment-store';
import { QuestionField } from './question-field';
import { StageProgress } from './stage-progress';
import { UnansweredSummary } from './unanswered-summary';

export function StagePage() {
  const { order: orderParam } = useParams();
  const order = Number(orderParam);
  const stage = findStageByOrder(order);
  const { t, i18n } = useTranslation('questionnaire');
  const texts = useContentTexts();
  const descriptors = useLevelDescriptors(i18n.language, stage?.id);
  const stageLabel = useStageLabel(texts);
  const answers = useAssessmentStore((s) => s.answers);
  const notes = useAssessmentStore((s) => s.notes);
  const setAnswer = useAssessmentStore((s) => s.setAnswer);
  const setNote = useAssessmentStore((s) => s.setNote);
  const onAnswer = useCallback((id: string, value: AnswerValue) => setAnswer(id, value), [setAnswer]);
  const onNote = useCallback((id: string, note: string) => setNote(id, note), [setNote]);
  const stageTexts = stage ? texts.stages[stage.id] : undefined;
  usePageTitle(stage ? stageLabel.heading(order) : '');
  const nextStageId = findStageByOrder(order + 1)?.id;
  useEffect(() => {
    // The next stage's descriptors arrive while this one is read, so "Next" shows them at once.
    if (!nextStageId) return undefined;
    return whenIdle(() => void loadLevelDescriptors(i18n.language, nextStageId).catch(() => undefined));
  }, [i18n.language, nextStageId]);

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
              question={question}
              number={i + 1}
              statement={q?.statement ?? question.id}
              condition={q?.condition}
              descriptors={descriptors?.[question.id]}
              scale={texts.scale}
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
