import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { answerLabel } from '../../components/answer-label';
import { useStageLabel } from '../../components/use-stage-label';
import { type AnswerValue, DONT_KNOW, LEVELS } from '../../engine/answers';
import type { ContentTexts } from '../../engine/model-types';
import { formatAnswerMean } from '../../engine/number-format';
import { defaultAgreedAnswer, type QuestionSummary } from '../../engine/summarize-workshop';
import { REASON_MAX_LENGTH } from '../../engine/limits';

interface Props {
  summary: QuestionSummary;
  texts: ContentTexts;
  participantCount: number;
  /** Names by participant id, or null while names are hidden. */
  names: Map<string, string> | null;
  agreedAnswer: AnswerValue | undefined;
  reason: string;
  onAgree: (questionId: string, answer: AnswerValue | undefined) => void;
  onReason: (questionId: string, reason: string) => void;
}

const DEFAULT = '';

/** One question as the room answered it: distribution, mean, lowest and highest, and the agreed answer. */
export const QuestionSummaryCard = memo(function QuestionSummaryCard(props: Props) {
  const { summary, texts, participantCount, names, agreedAnswer, reason, onAgree, onReason } = props;
  const { t, i18n } = useTranslation('workshop');
  const { t: tc } = useTranslation();
  const stageLabel = useStageLabel(texts);
  const id = useId();
  const label = (value: AnswerValue | undefined) => answerLabel(value, texts, tc('notAnswered'));
  const fallback = defaultAgreedAnswer(summary);
  const rows: { key: string; label: string; count: number }[] = [
    ...LEVELS.map((level) => ({ key: String(level), label: label(level), count: summary.levelCounts[level] })),
    { key: DONT_KNOW, label: texts.scale.dontKnow, count: summary.dontKnowCount },
  ];
  const statement = texts.questions[summary.questionId]?.statement ?? summary.questionId;
  return (
    <article className="room-question" aria-labelledby={`${id}-title`} data-question-id={summary.questionId}>
      <p className="room-question__meta">
        {stageLabel.short(summary.stageOrder)}
        {summary.spread !== null && summary.spread > 0 && <> · {t('room.spread', { count: summary.spread })}</>}
      </p>
      <h3 id={`${id}-title`} className="room-question__statement">
        {statement}
      </h3>
      <ul className="distribution" aria-label={t('room.distributionLabel')}>
        {rows.map((row) => (
          <li key={row.key} className={row.key === DONT_KNOW ? 'distribution__row distribution__row--dk' : 'distribution__row'}>
            <span className="distribution__label">{row.label}</span>
            <span className="distribution__track" aria-hidden="true">
              <span className="distribution__bar" style={{ width: `${participantCount ? (row.count / participantCount) * 100 : 0}%` }} />
            </span>
            <span className="distribution__count">
              <span className="visually-hidden">: </span>
              {row.count}
            </span>
          </li>
        ))}
      </ul>
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
              {names.get(a.participantId)}: {a.answer === undefined ? '—' : a.answer === DONT_KNOW ? texts.scale.dontKnow : a.answer}
            </span>
          ))}
        </p>
      )}
      <div className="room-question__agree">
        <div className="field">
          <label htmlFor={`${id}-agreed`}>{t('room.agreedLabel')}</label>
          <select
            id={`${id}-agreed`}
            value={agreedAnswer === undefined ? DEFAULT : String(agreedAnswer)}
            onChange={(event) => {
              const value = event.target.value;
              onAgree(summary.questionId, value === DEFAULT ? undefined : value === DONT_KNOW ? DONT_KNOW : (Number(value) as AnswerValue));
            }}
          >
            <option value={DEFAULT}>
              {fallback === undefined ? t('room.defaultNone') : t('room.defaultMedian', { answer: label(fallback) })}
            </option>
            {[...LEVELS, DONT_KNOW].map((value) => (
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
      </div>
    </article>
  );
});
