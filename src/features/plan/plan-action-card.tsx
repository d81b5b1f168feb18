import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_EFFORTS, PLAN_STATUSES, type PlacedAction, type PlanEffort, type PlanStatus } from '../../engine/action-plan';
import type { Answers } from '../../engine/answers';
import type { ContentTexts } from '../../engine/model-types';
import { OWNER_MAX_LENGTH, PLAN_NOTE_MAX_LENGTH } from '../../engine/plan-values';
import { model } from '../../model/structure';
import { answerLabel } from '../../components/answer-label';
import { usePlanActionTitle } from '../../components/use-plan-action-title';
import { useStageLabel } from '../../components/use-stage-label';
import { usePlanStore } from '../../state/plan-store';

interface Props {
  placed: PlacedAction;
  texts: ContentTexts;
  answers: Answers;
  onRemove: (key: string) => void;
}

/** One action of the plan: what it is, where it comes from, and its owner, date, status, effort and note, saved as typed. */
export function PlanActionCard({ placed, texts, answers, onRemove }: Props) {
  const { t } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const id = useId();
  const title = usePlanActionTitle(texts);
  const stageLabel = useStageLabel(texts);
  const editAction = usePlanStore((s) => s.editAction);
  const { key, action, overdue } = placed;
  const stage = model.stages.find((s) => s.questions.some((q) => q.id === action.questionId));
  const edit = (field: 'owner' | 'due' | 'note') => (event: { currentTarget: { value: string } }) => editAction(key, { [field]: event.currentTarget.value });
  const heading = title(action.questionId, action.kind);
  return (
    <li className={`plan-action${overdue ? ' plan-action--overdue' : ''}`} data-action-key={key} aria-labelledby={`${id}-title`}>
      <div className="plan-action__head">
        <h3 id={`${id}-title`} className="plan-action__title">
          {heading}
        </h3>
        <p className="plan-action__meta">
          <span className="plan-action__kind">{t(`kind.${action.kind}`)}</span>
          {stage && <span>{t('stageRef', { order: stage.order, stage: stageLabel.name(stage.order) })}</span>}
          <span>{t('answerRef', { answer: answerLabel(answers[action.questionId], texts, tc('notAnswered')) })}</span>
          {overdue && <strong className="plan-action__overdue">{t('overdue')}</strong>}
        </p>
      </div>
      <div className="plan-action__fields">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('fields.status')}</label>
          <select id={`${id}-status`} value={action.status} aria-describedby={`${id}-title`} onChange={(e) => editAction(key, { status: e.currentTarget.value as PlanStatus })}>
            {PLAN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-owner`}>{t('fields.owner')}</label>
          <input id={`${id}-owner`} type="text" value={action.owner} maxLength={OWNER_MAX_LENGTH} autoComplete="off" aria-describedby={`${id}-title`} onChange={edit('owner')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('fields.due')}</label>
          <input id={`${id}-due`} type="date" value={action.due} aria-describedby={`${id}-title`} onChange={edit('due')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-effort`}>{t('fields.effort')}</label>
          <select id={`${id}-effort`} value={action.effort} aria-describedby={`${id}-title`} onChange={(e) => editAction(key, { effort: e.currentTarget.value as PlanEffort | '' })}>
            <option value="">{t('effort.none')}</option>
            {PLAN_EFFORTS.map((effort) => (
              <option key={effort} value={effort}>
                {t(`effort.${effort}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field plan-action__note">
          <label htmlFor={`${id}-note`}>{t('fields.note')}</label>
          <textarea id={`${id}-note`} rows={2} value={action.note} maxLength={PLAN_NOTE_MAX_LENGTH} aria-describedby={`${id}-title`} onChange={edit('note')} />
        </div>
      </div>
      <button type="button" className="link-button plan-action__remove" aria-describedby={`${id}-title`} onClick={() => onRemove(key)}>
        {t('remove')}
      </button>
    </li>
  );
}
