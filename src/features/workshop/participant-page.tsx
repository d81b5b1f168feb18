import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { whenIdle } from '../../browser/when-idle';
import { usePageTitle } from '../../components/use-page-title';
import { ScaleQuestion } from '../../components/scale-question';
import { StageNav } from '../../components/stage-nav';
import { useStageLabel } from '../../components/use-stage-label';
import { useContentTexts } from '../../model/content-texts';
import { loadLevelDescriptors, useLevelDescriptors } from '../../model/level-descriptors';
import { model, questionCount } from '../../model/structure';
import { EndTurnButton, TurnLockScreen, useHideSiteNavigation } from './turn-lock';
import { participantName, useWorkshopStore } from './workshop-store';
import './workshop.css';

/** One participant answers on the facilitator's device, stage by stage; answers go to the workshop, not to this browser's assessment. */
export function ParticipantPage() {
  const { t, i18n } = useTranslation('workshop');
  const { participantId = '' } = useParams();
  const navigate = useNavigate();
  const texts = useContentTexts();
  const stageLabel = useStageLabel(texts);
  const id = useId();
  const participant = useWorkshopStore((s) => s.participants.find((p) => p.id === participantId));
  const setParticipantAnswer = useWorkshopStore((s) => s.setParticipantAnswer);
  const turn = useWorkshopStore((s) => s.turn);
  const turnTaken = useWorkshopStore((s) => Boolean(s.turn && s.turn !== participantId && s.participants.some((p) => p.id === s.turn)));
  const startTurn = useWorkshopStore((s) => s.startTurn);
  const finishTurn = useWorkshopStore((s) => s.finishTurn);
  const [handedBack, setHandedBack] = useState(false);
  const [order, setOrder] = useState(1);
  const descriptors = useLevelDescriptors(i18n.language, model.stages[order - 1]?.id);
  const stageHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const name = participant ? participantName(participant, (n) => t('participantN', { n })) : '';
  usePageTitle(participant ? t('answer.title', { name }) : t('answer.missingTitle'));

  useEffect(() => {
    // After "next stage", keyboard and screen-reader users start at the new stage's heading.
    if (moved.current) stageHeading.current?.focus();
  }, [order]);

  const nextStageId = model.stages[order]?.id;
  useEffect(() => {
    // The next stage's descriptors arrive while this one is answered, so "next stage" shows them at once.
    if (!nextStageId) return undefined;
    return whenIdle(() => void loadLevelDescriptors(i18n.language, nextStageId).catch(() => undefined));
  }, [i18n.language, nextStageId]);
  // Opening a participant's answers on this device is a turn: it locks the room and everyone else's answers.
  useEffect(() => {
    if (participant && !turn) startTurn(participant.id);
  }, [participant, turn, startTurn]);
  const onTurn = Boolean(participant) && !turnTaken;
  useHideSiteNavigation(onTurn);

  if (turnTaken) return <TurnLockScreen />;

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

  if (handedBack) {
    return (
      <div className="page narrow workshop turn-lock">
        <h1>{t('turn.handBackTitle', { name })}</h1>
        <p className="lead">{t('turn.handBackBody')}</p>
        <div className="actions">
          <EndTurnButton name={name} onEnded={() => navigate('/workshop')} />
        </div>
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
      <StageNav
        label={t('answer.stagesNav')}
        answers={participant.answers}
        current={order}
        onSelect={go}
        itemLabel={(s) => stageLabel.short(s.order)}
      />
      <h2 ref={stageHeading} tabIndex={-1}>
        {stageLabel.heading(stage.order)}
      </h2>
      <div className="questions">
        {stage.questions.map((q, i) => (
          <ScaleQuestion
            key={q.id}
            number={i + 1}
            statement={texts.questions[q.id]?.statement ?? ''}
            question={q}
            condition={texts.questions[q.id]?.condition}
            descriptors={descriptors?.[q.id]}
            name={`${id}-${q.id}`}
            scale={texts.scale}
            value={participant.answers[q.id]}
            onChange={(option) => setParticipantAnswer(participant.id, q.id, option)}
          />
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
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              finishTurn(participant.id);
              setHandedBack(true);
            }}
          >
            {t('answer.finish')}
          </button>
        )}
      </div>
      <p>
        <button type="button" className="link-button" onClick={() => setHandedBack(true)}>
          {t('answer.finishEarly')}
        </button>
      </p>
    </div>
  );
}
