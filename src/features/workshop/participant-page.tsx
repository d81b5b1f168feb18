import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countAnswered } from '../../engine/progress';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { usePageTitle } from '../../components/use-page-title';
import { type AnswerValue, DONT_KNOW, LEVELS } from '../../engine/answers';
import { useContentTexts } from '../../model/content-texts';
import { model, questionCount } from '../../model/structure';
import { participantName, useWorkshopStore } from './workshop-store';
import './workshop.css';

const OPTIONS: AnswerValue[] = [...LEVELS, DONT_KNOW];

/** One participant answers on the facilitator's device, stage by stage; answers go to the workshop, not to this browser's assessment. */
export function ParticipantPage() {
  const { t } = useTranslation('workshop');
  const { t: tc } = useTranslation();
  const { participantId = '' } = useParams();
  const navigate = useNavigate();
  const texts = useContentTexts();
  const id = useId();
  const participant = useWorkshopStore((s) => s.participants.find((p) => p.id === participantId));
  const setParticipantAnswer = useWorkshopStore((s) => s.setParticipantAnswer);
  const [order, setOrder] = useState(1);
  const stageHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const name = participant ? participantName(participant, (n) => t('participantN', { n })) : '';
  usePageTitle(participant ? t('answer.title', { name }) : t('answer.missingTitle'));

  useEffect(() => {
    // After "next stage", keyboard and screen-reader users start at the new stage's heading.
    if (moved.current) stageHeading.current?.focus();
  }, [order]);

  if (!participant) {
    return (
      <div className="page narrow">
        <h1>{t('answer.missingTitle')}</h1>
        <p>{t('answer.missingBody')}</p>
        <p>
          <Link to="/workshop">{t('room.backToSetup')}</Link>
        </p>
      </div>
    );
  }

  const stage = model.stages[order - 1]!;
  const answered = Object.keys(participant.answers).length;
  const go = (next: number) => {
    moved.current = true;
    setOrder(next);
  };

  return (
    <div className="page workshop participant">
      <header className="stage-page__header">
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('answer.title', { name })}</h1>
        <p className="hint">{t('answer.hint')}</p>
        <p className="stage-progress__summary">{t('answer.progress', { count: answered, total: questionCount })}</p>
      </header>
      <nav aria-label={t('answer.stagesNav')} className="stage-progress">
        <ol className="stage-progress__list">
          {model.stages.map((s) => {
            const done = countAnswered(s, participant.answers);
            const state = done === s.questions.length ? ' stage-link--complete' : done > 0 ? ' stage-link--partial' : '';
            return (
              <li key={s.id}>
                <button
                  type="button"
                  className={`stage-link${state}${s.order === order ? ' active' : ''}`}
                  aria-current={s.order === order ? 'step' : undefined}
                  aria-label={tc('stageLabel', { n: s.order })}
                  onClick={() => go(s.order)}
                >
                  {s.order}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <h2 ref={stageHeading} tabIndex={-1}>
        {tc('stageHeading', { n: stage.order, name: texts.stages[stage.id]?.name ?? '' })}
      </h2>
      <div className="questions">
        {stage.questions.map((q, i) => (
          <div className="question" key={q.id}>
            <span className="question__number" aria-hidden="true">
              {i + 1}
            </span>
            <fieldset className="question__fieldset">
              <legend className="question__statement">{texts.questions[q.id]?.statement}</legend>
              <div className="scale">
                {OPTIONS.map((option) => (
                  <label key={String(option)} className={option === DONT_KNOW ? 'scale__option scale__option--dk' : 'scale__option'}>
                    <input
                      type="radio"
                      name={`${id}-${q.id}`}
                      value={String(option)}
                      checked={participant.answers[q.id] === option}
                      onChange={() => setParticipantAnswer(participant.id, q.id, option)}
                    />
                    <span className="scale__text">
                      {option !== DONT_KNOW && <span className="scale__value">{option}</span>}
                      <span className="scale__label">{option === DONT_KNOW ? texts.scale.dontKnow : texts.scale.levels[option]}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        ))}
      </div>
      <div className="actions actions--split stage-page__nav">
        {order > 1 ? (
          <button type="button" className="button button--secondary" onClick={() => go(order - 1)}>
            {t('answer.previous')}
          </button>
        ) : (
          <span />
        )}
        {order < model.stages.length ? (
          <button type="button" className="button button--primary" onClick={() => go(order + 1)}>
            {t('answer.next')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => navigate('/workshop')}>
            {t('answer.finish')}
          </button>
        )}
      </div>
      <p>
        <button type="button" className="link-button" onClick={() => navigate('/workshop')}>
          {t('answer.finishEarly')}
        </button>
      </p>
    </div>
  );
}
