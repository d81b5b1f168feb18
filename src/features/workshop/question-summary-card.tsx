import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { answerLabel } from '../../components/answer-label';
import { useStageLabel } from '../../components/use-stage-label';
import { type AnswerValue, DONT_KNOW, NOT_APPLICABLE } from '../../engine/answers';
import type { ContentTexts } from '../../engine/model-types';
import { formatAnswerMean } from '../../engine/number-format';
import { defaultAgreedAnswer, findRoomVerdict, type QuestionSummary, type WorkshopParticipant } from '../../engine/summarize-workshop';
import type { AgendaReason, RoleDistribution } from '../../engine/workshop-agenda';
import { REASON_MAX_LENGTH } from '../../engine/limits';
import { AnswerDistributionList, QuestionEvidence } from './room-parts';
import { agreedAttribute, parseAnswerValue } from './room-values';

interface Props {
  summary: QuestionSummary;
  texts: ContentTexts;
  participantCount: number;
  /** Whether "doesn't apply" is an answer to this question (conditional questions only). */
  conditional: boolean;
  /** Names by participant id, or null while names are hidden. */
  names: Map<string, string> | null;
  /** The participants, for their notes (the evidence). */
  participants: readonly WorkshopParticipant[];
  agreedAnswer: AnswerValue | undefined;
  reason: string;
  onAgree: (questionId: string, answer: AnswerValue | undefined) => void;
  onReason: (questionId: string, reason: string) => void;
  /** Set on agenda cards (flat props, so the memo holds: one agreed answer re-renders one card). */
  rank?: number;
  reasons?: readonly AgendaReason[];
  discussed?: boolean;
  onDiscussed?: (questionId: string, discussed: boolean) => void;
  /** The answers by role, when the facilitator shows them (and participants carry roles). */
  byRole?: RoleDistribution[] | null;
}

const DEFAULT = '';

/** One question as the room answered it: why it is on the agenda, the distribution, the agreed answer and the evidence. */
export const QuestionSummaryCard = memo(function QuestionSummaryCard(props: Props) {
  const { summary, texts, participantCount, conditional, names, participants, agreedAnswer, reason, onAgree, onReason, rank, reasons, discussed, onDiscussed, byRole } = props;
  const agenda = rank !== undefined ? { rank, reasons: reasons ?? [], discussed: Boolean(discussed) } : null;
  const { t, i18n } = useTranslation('workshop');
  const { t: tc } = useTranslation();
  const stageLabel = useStageLabel(texts);
  const id = useId();
  const label = (value: AnswerValue | undefined) => answerLabel(value, texts, tc('notAnswered'));
  const fallback = defaultAgreedAnswer(summary);
  const verdict = findRoomVerdict(summary);
  const statement = texts.questions[summary.questionId]?.statement ?? summary.questionId;
  const choices: AnswerValue[] = [0, 1, 2, 3, 4, DONT_KNOW, ...(conditional ? [NOT_APPLICABLE] : [])];
  const defaultText =
    fallback === undefined
      ? t('room.defaultNone')
      : verdict === DONT_KNOW
        ? t('room.defaultDontKnow', { answer: label(fallback) })
        : verdict === NOT_APPLICABLE
          ? t('room.defaultNotApplicable', { answer: label(fallback) })
          : t('room.defaultMedian', { answer: label(fallback) });
  return (
    <article
      className={agenda ? 'room-question room-question--agenda' : 'room-question'}
      aria-labelledby={`${id}-title`}
      data-question-id={summary.questionId}
      data-agreed={agreedAttribute(agreedAnswer ?? fallback)}
      data-agenda={agenda?.rank}
      data-discussed={agenda ? String(agenda.discussed) : undefined}
    >
      <div className="room-question__head">
        {agenda && <span className="room-question__rank">{t('room.rank', { rank: agenda.rank })}</span>}
        <span className="room-question__meta">
          {stageLabel.short(summary.stageOrder)}
          {summary.spread !== null && summary.spread > 0 && <> · {t('room.spread', { count: summary.spread })}</>}
        </span>
        {agenda && agenda.reasons.length > 0 && (
          <ul className="room-question__reasons">
            {agenda.reasons.map((r) => (
              <li key={r} className={`reason-chip reason-chip--${r}`}>
                {t(`room.reason.${r}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <h3 id={`${id}-title`} className="room-question__statement">
        {statement}
      </h3>
      <div className="room-question__body">
        <div className="room-question__votes">
          <AnswerDistributionList summary={summary} texts={texts} participantCount={participantCount} conditional={conditional} />
          <p className="room-question__stats">
            {summary.mean === null
              ? t('room.noLevels')
              : t('room.stats', { mean: formatAnswerMean(summary.mean, i18n.language), lowest: summary.lowest, highest: summary.highest })}
            {summary.unansweredCount > 0 && <> · {t('room.unanswered', { count: summary.unansweredCount })}</>}
          </p>
          {names && (
            <p className="room-question__names">
              {summary.answers.map((a, i) => (
                <span key={a.participantId}>
                  {i > 0 && ' · '}
                  {names.get(a.participantId)}: {a.answer === undefined ? '—' : a.answer === DONT_KNOW ? texts.scale.dontKnow : a.answer === NOT_APPLICABLE ? texts.scale.notApplicable : a.answer}
                </span>
              ))}
            </p>
          )}
          {byRole && byRole.length > 0 && <RoleTable rows={byRole} texts={texts} />}
        </div>
        <div className="room-question__agree">
          <div className="field">
            <label htmlFor={`${id}-agreed`}>{t('room.agreedLabel')}</label>
            <select
              id={`${id}-agreed`}
              value={agreedAnswer === undefined ? DEFAULT : String(agreedAnswer)}
              onChange={(event) => onAgree(summary.questionId, event.target.value === DEFAULT ? undefined : parseAnswerValue(event.target.value))}
            >
              <option value={DEFAULT}>{defaultText}</option>
              {choices.map((value) => (
                <option key={String(value)} value={String(value)}>
                  {label(value)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('room.reasonLabel')}</label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              maxLength={REASON_MAX_LENGTH}
              value={reason}
              onChange={(event) => onReason(summary.questionId, event.target.value)}
            />
          </div>
          {agenda && (
            <label className="room-question__discussed">
              <input type="checkbox" checked={agenda.discussed} onChange={(event) => onDiscussed?.(summary.questionId, event.target.checked)} />
              {t('room.discussed')}
            </label>
          )}
        </div>
      </div>
      <QuestionEvidence questionId={summary.questionId} texts={texts} participants={participants} names={names} />
    </article>
  );
});

function RoleTable({ rows, texts }: { rows: RoleDistribution[]; texts: ContentTexts }) {
  const { t } = useTranslation('workshop');
  return (
    <div className="table-scroll">
      <table className="role-table">
        <caption>{t('room.roleTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('room.roleColumn')}</th>
            {[0, 1, 2, 3, 4].map((level) => (
              <th key={level} scope="col" title={texts.scale.levels[level]}>
                {level}
              </th>
            ))}
            <th scope="col">{texts.scale.dontKnow}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.role}>
              <th scope="row">{row.role}</th>
              {row.levelCounts.map((count, level) => (
                <td key={level}>{count}</td>
              ))}
              <td>{row.dontKnowCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
