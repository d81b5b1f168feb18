import { useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
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
import { buildAgenda, countDiscussed, SPREAD_CHOICES, summarizeByRole } from '../../engine/workshop-agenda';
import { AlignmentFigure } from './alignment-figure';
import { PresentationMode } from './presentation-mode';
import { QuestionSummaryCard } from './question-summary-card';
import { FacilitatorOnly } from './turn-lock';
import { WorkshopReportButton } from './workshop-report-button';
import { toWorkshopParticipants, useWorkshopStore } from './workshop-store';
import './workshop.css';

/** The room view (the facilitator's view for the projector), unless a participant is taking a turn on this device. */
export function FacilitatorPage() {
  return (
    <FacilitatorOnly>
      <RoomView />
    </FacilitatorOnly>
  );
}

/** The agenda by impact, the alignment, the group's result, every question by stage, and the workshop report. */
function RoomView() {
  const { t, i18n } = useTranslation('workshop');
  const { t: tr } = useTranslation('results');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const texts = useContentTexts();
  const navigate = useNavigate();
  const { title, participants: records, agreements, setAgreedAnswer, setReason, setDiscussed } = useWorkshopStore();
  const [showNames, setShowNames] = useState(false);
  const [showRoles, setShowRoles] = useState(false);
  const [spread, setSpread] = useState(DISAGREEMENT_SPREAD);
  const [stageFilter, setStageFilter] = useState('');
  const [presenting, setPresenting] = useState(false);
  const [openStages, setOpenStages] = useState<ReadonlySet<string>>(new Set());
  const [linkFailed, setLinkFailed] = useState(false);
  const presentButton = useRef<HTMLButtonElement>(null);
  const controlsId = useId();
  usePageTitle(t('room.title'));

  const participants = useMemo(() => toWorkshopParticipants(records, (n) => t('participantN', { n })), [records, t]);
  // The engine's workshop rule in its two steps (the PDF runs the same): typing a reason re-runs only the second.
  const room = useMemo(() => summarizeRoom(model, participants), [participants]);
  // The group's result follows the agreed answers a moment later (a deferred render): the card that changed paints
  // in the next frame, the result, ladder and stage table right after it.
  const settledAgreements = useDeferredValue(agreements);
  const { result } = useMemo(() => settleWorkshop(model, room, settledAgreements), [room, settledAgreements]);
  // The agenda depends on the participants and the threshold only, so it holds still while the room agrees.
  const agenda = useMemo(() => buildAgenda(model, room, { spread, participants }), [room, spread, participants]);
  const { questions, stages } = room;
  const hasRoles = participants.some((p) => p.role?.trim());
  const names = useMemo(() => (showNames ? new Map(participants.map((p) => [p.id, p.name])) : null), [showNames, participants]);
  // Computed once per toggle, so the cards' memo holds while the room records answers.
  const rolesById = useMemo(
    () => (showRoles && hasRoles ? new Map(room.questions.map((q) => [q.questionId, summarizeByRole(q, participants)])) : null),
    [showRoles, hasRoles, room, participants],
  );
  const agendaById = useMemo(() => new Map(agenda.map((item) => [item.questionId, item])), [agenda]);
  const conditional = useMemo(() => new Set(model.stages.flatMap((s) => s.questions.filter((q) => q.conditional).map((q) => q.id))), []);
  const stageName = useStageLabel(texts).heading;
  const shownAgenda = stageFilter ? agenda.filter((item) => item.stageId === stageFilter) : agenda;
  const discussedCount = countDiscussed(agenda, agreements);

  const openGroupResults = async () => {
    try {
      navigate(`/shared/${await encodeShareLink(settleWorkshop(model, room, agreements).agreedAnswers, model)}`);
    } catch {
      setLinkFailed(true);
    }
  };
  // The same element from one agreed answer to the next, so React leaves the router's link alone.
  const backToSetup = useMemo(
    () => (
      <Link className="button button--small" to="/workshop">
        {t('room.backToSetup')}
      </Link>
    ),
    [t],
  );
  const closePresentation = useCallback(() => {
    setPresenting(false);
    // Back where the facilitator left from.
    requestAnimationFrame(() => presentButton.current?.focus());
  }, []);

  const card = (q: (typeof questions)[number]) => {
    const item = agendaById.get(q.questionId);
    const byRole = rolesById?.get(q.questionId) ?? null;
    return (
      <QuestionSummaryCard
        key={q.questionId}
        summary={q}
        texts={texts}
        participantCount={participants.length}
        conditional={conditional.has(q.questionId)}
        names={names}
        participants={participants}
        agreedAnswer={agreements[q.questionId]?.answer}
        reason={agreements[q.questionId]?.reason ?? ''}
        onAgree={setAgreedAnswer}
        onReason={setReason}
        byRole={byRole}
        rank={item?.rank}
        reasons={item?.reasons}
        discussed={item ? Boolean(agreements[q.questionId]?.discussed) : undefined}
        onDiscussed={setDiscussed}
      />
    );
  };

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
          <button ref={presentButton} type="button" className="button button--primary" onClick={() => setPresenting(true)} disabled={agenda.length === 0}>
            {t('room.present')}
          </button>
          <button type="button" className="button button--secondary" aria-pressed={showNames} onClick={() => setShowNames(!showNames)}>
            {t('room.showNames')}
          </button>
          {hasRoles && (
            <button type="button" className="button button--secondary" aria-pressed={showRoles} onClick={() => setShowRoles(!showRoles)}>
              {t('room.byRole')}
            </button>
          )}
          {backToSetup}
        </div>
      </header>
      {participants.length < 2 && <p className="notice notice--info">{t('room.fewParticipants')}</p>}

      <section aria-labelledby="agenda-title" className="room__section">
        <div className="room__agenda-head">
          <h2 id="agenda-title">{t('room.agendaImpactTitle', { count: agenda.length })}</h2>
          {agenda.length > 0 && (
            <p className="room__discussed" data-discussed={discussedCount} data-total={agenda.length}>
              {t('room.discussedCount', { count: discussedCount, total: agenda.length })}
            </p>
          )}
        </div>
        <p className="hint">{t('room.agendaImpactHint', { spread })}</p>
        <div className="room__filters">
          <div className="field field--inline">
            <label htmlFor={`${controlsId}-spread`}>{t('room.spreadLabel')}</label>
            <select id={`${controlsId}-spread`} value={spread} onChange={(e) => setSpread(Number(e.target.value))}>
              {SPREAD_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {t('room.spreadOption', { count: n })}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--inline">
            <label htmlFor={`${controlsId}-stage`}>{t('room.stageFilterLabel')}</label>
            <select id={`${controlsId}-stage`} value={stageFilter} onChange={(e) => setStageFilter(e.target.value)}>
              <option value="">{t('room.stageFilterAll')}</option>
              {model.stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stageName(stage.order)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {agenda.length === 0 ? (
          <p className="notice notice--ok">{t('room.agendaEmpty', { spread })}</p>
        ) : shownAgenda.length === 0 ? (
          <p className="notice notice--info">{t('room.filteredNone')}</p>
        ) : (
          <ol className="room__agenda">
            {shownAgenda.map((item) => (
              <li key={item.questionId}>{card(item.summary)}</li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="alignment-title" className="room__section card">
        <h2 id="alignment-title">{t('room.alignmentTitle')}</h2>
        <p className="hint">{t('room.alignmentHint')}</p>
        <AlignmentFigure stages={stages} stageName={stageName} achievedScore={model.scoring.achievedScore} />
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

      <section aria-labelledby="stages-title" className="room__section">
        <h2 id="stages-title">{t('room.stagesTitle')}</h2>
        <p className="hint">{t('room.stagesHint')}</p>
        {model.stages.map((stage, i) => {
          const stats = stages[i]!;
          const rest = questions.filter((q) => q.stageId === stage.id && !agendaById.has(q.questionId));
          const agendaCount = questions.filter((q) => q.stageId === stage.id && agendaById.has(q.questionId)).length;
          const open = openStages.has(stage.id);
          return (
            <details
              key={stage.id}
              className="room-stage"
              open={open}
              onToggle={(e) => {
                const nowOpen = e.currentTarget.open;
                if (nowOpen !== open)
                  setOpenStages((prev) => {
                    const next = new Set(prev);
                    if (nowOpen) next.add(stage.id);
                    else next.delete(stage.id);
                    return next;
                  });
              }}
            >
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
              {/* Every card is in the page, closed stages included (each carries its agreed answer); the cards' memo
                  keeps an agreed answer to one re-render. */}
              <div className="room-stage__questions">{rest.map(card)}</div>
            </details>
          );
        })}
      </section>

      <section aria-labelledby="report-title" className="room__section card">
        <h2 id="report-title">{t('room.reportTitle')}</h2>
        <p className="hint">{t('room.reportHint')}</p>
        <WorkshopReportButton />
      </section>
      {presenting && (
        <PresentationMode
          items={agenda}
          texts={texts}
          participantCount={participants.length}
          conditional={conditional}
          agreements={agreements}
          onAgree={setAgreedAnswer}
          onReason={setReason}
          onDiscussed={setDiscussed}
          onClose={closePresentation}
        />
      )}
    </div>
  );
}
