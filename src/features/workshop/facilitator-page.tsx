import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatScore } from '../../engine/number-format';
import { LadderFigure } from '../../components/ladder-figure';
import { StageTable } from '../../components/stage-table';
import { usePageTitle } from '../../components/use-page-title';
import { useStageLabel } from '../../components/use-stage-label';
import { useContentTexts } from '../../model/content-texts';
import { model } from '../../model/structure';
import { encodeShareLink } from '../../portability/share-link';
import { DISAGREEMENT_SPREAD, settleWorkshop, summarizeRoom } from '../../engine/summarize-workshop';
import { QuestionSummaryCard } from './question-summary-card';
import { WorkshopReportButton } from './workshop-report-button';
import { toWorkshopParticipants, useWorkshopStore } from './workshop-store';
import './workshop.css';

/** The facilitator's view for the projector: the agenda of disagreements, every question by stage, and the group's result. */
export function FacilitatorPage() {
  const { t, i18n } = useTranslation('workshop');
  const { t: tr } = useTranslation('results');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const texts = useContentTexts();
  const navigate = useNavigate();
  const { title, participants: records, agreements, setAgreedAnswer, setReason } = useWorkshopStore();
  const [showNames, setShowNames] = useState(false);
  const [linkFailed, setLinkFailed] = useState(false);
  usePageTitle(t('room.title'));

  const participants = useMemo(() => toWorkshopParticipants(records, (n) => t('participantN', { n })), [records, t]);
  // The engine's workshop rule in its two steps (the PDF runs the same): typing a reason re-runs only the second.
  const room = useMemo(() => summarizeRoom(model, participants), [participants]);
  const { agreedAnswers, result } = useMemo(() => settleWorkshop(model, room, agreements), [room, agreements]);
  const { questions, agenda, stages } = room;
  const names = useMemo(() => (showNames ? new Map(participants.map((p) => [p.id, p.name])) : null), [showNames, participants]);
  const onAgenda = new Set(agenda.map((q) => q.questionId));
  const stageName = useStageLabel(texts).heading;

  const openGroupResults = async () => {
    try {
      navigate(`/shared/${await encodeShareLink(agreedAnswers, model)}`);
    } catch {
      setLinkFailed(true);
    }
  };

  const card = (q: (typeof questions)[number]) => (
    <QuestionSummaryCard
      key={q.questionId}
      summary={q}
      texts={texts}
      participantCount={participants.length}
      names={names}
      agreedAnswer={agreements[q.questionId]?.answer}
      reason={agreements[q.questionId]?.reason ?? ''}
      onAgree={setAgreedAnswer}
      onReason={setReason}
    />
  );

  if (participants.length === 0) {
    return (
      <div className="page workshop narrow">
        <p className="eyebrow">{title || t('eyebrow')}</p>
        <h1>{t('room.title')}</h1>
        <p className="notice notice--warn">{t('room.empty')}</p>
        <p>
          <Link to="/workshop">{t('room.backToSetup')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page workshop room">
      <header className="room__header">
        <div>
          <p className="eyebrow">{title || t('eyebrow')}</p>
          <h1>{t('room.title')}</h1>
          <p className="room__count" data-participants={participants.length}>
            {t('room.participants', { count: participants.length })}
          </p>
        </div>
        <div className="room__tools">
          <button type="button" className="button button--secondary" aria-pressed={showNames} onClick={() => setShowNames(!showNames)}>
            {t('room.showNames')}
          </button>
          <Link className="button button--small" to="/workshop">
            {t('room.backToSetup')}
          </Link>
        </div>
      </header>
      {participants.length < 2 && <p className="notice notice--info">{t('room.fewParticipants')}</p>}

      <section aria-labelledby="agenda-title" className="room__section">
        <h2 id="agenda-title">{t('room.agendaTitle', { count: agenda.length })}</h2>
        <p className="hint">{t('room.agendaHint', { spread: DISAGREEMENT_SPREAD })}</p>
        {agenda.length === 0 ? (
          <p className="notice notice--ok">{t('room.agendaNone', { spread: DISAGREEMENT_SPREAD })}</p>
        ) : (
          <ol className="room__agenda">
            {agenda.map((q) => (
              <li key={q.questionId}>{card(q)}</li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="stages-title" className="room__section">
        <h2 id="stages-title">{t('room.stagesTitle')}</h2>
        <p className="hint">{t('room.stagesHint')}</p>
        {model.stages.map((stage, i) => {
          const stats = stages[i]!;
          const rest = questions.filter((q) => q.stageId === stage.id && !onAgenda.has(q.questionId));
          const agendaCount = questions.filter((q) => q.stageId === stage.id && onAgenda.has(q.questionId)).length;
          return (
            <details key={stage.id} className="room-stage">
              <summary>
                <span className="room-stage__name">{stageName(stage.order)}</span>
                <span className="room-stage__stats">
                  {stats.mean === null
                    ? t('room.stageNoScore')
                    : t('room.stageStats', {
                        mean: formatScore(stats.mean, lang),
                        lowest: formatScore(stats.lowest, lang),
                        highest: formatScore(stats.highest, lang),
                      })}
                </span>
              </summary>
              {agendaCount > 0 && <p className="hint">{t('room.stageOnAgenda', { count: agendaCount })}</p>}
              <div className="room-stage__questions">{rest.map(card)}</div>
            </details>
          );
        })}
      </section>

      <section aria-labelledby="group-title" className="room__section card room-result">
        <h2 id="group-title">{t('room.groupTitle')}</h2>
        <p className="hint">{t('room.groupHint')}</p>
        <div className="room-result__grid">
          <div>
            <p className="placement__value" data-placement={result.placement}>
              {result.placement > 0 ? stageName(result.placement) : tr('placementZero')}
            </p>
            <StageTable
              caption={t('room.stageTableCaption')}
              className="room-result__table"
              scroll
              rows={result.stages}
              texts={texts}
              columns={[
                {
                  header: t('room.colParticipants'),
                  cell: (_, i) => {
                    const stats = stages[i]!;
                    return stats.mean === null
                      ? '—'
                      : t('room.range', { mean: formatScore(stats.mean, lang), lowest: formatScore(stats.lowest, lang), highest: formatScore(stats.highest, lang) });
                  },
                },
                {
                  header: t('room.colAgreed'),
                  cell: (s) => (
                    <>
                      {formatScore(s.score, lang)} · <span className={`status status--${s.status}`}>{tc(`status.${s.status}`)}</span>
                    </>
                  ),
                },
              ]}
            />
          </div>
          <figure className="placement__ladder">
            <LadderFigure
              stageNames={model.stages.map((s) => texts.stages[s.id]?.name ?? s.id)}
              placement={result.placement}
              currentLabel={tc('currentPosition')}
              compact
            />
            <figcaption className="visually-hidden">{tr('ladderLabel', { n: result.placement })}</figcaption>
          </figure>
        </div>
        {result.blockingItems.length > 0 && model.stages[result.placement] && (
          <>
            <h3 className="room-result__blocking">{tr('blockingTitle', { name: stageName(result.placement + 1) })}</h3>
            <ul className="blocking-list">
              {result.blockingItems.map((item) => (
                <li key={item.questionId}>
                  <span className="blocking-list__statement">{texts.questions[item.questionId]?.action}</span>
                  <span className="blocking-list__answer">{texts.questions[item.questionId]?.statement}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => void openGroupResults()}>
            {t('room.openResults')}
          </button>
        </div>
        <p className="hint">{t('room.openResultsHint')}</p>
        {linkFailed && (
          <p role="alert" className="notice notice--error">
            {t('room.openResultsFailed')}
          </p>
        )}
      </section>

      <section aria-labelledby="report-title" className="room__section card">
        <h2 id="report-title">{t('room.reportTitle')}</h2>
        <p className="hint">{t('room.reportHint')}</p>
        <WorkshopReportButton />
      </section>
    </div>
  );
}
