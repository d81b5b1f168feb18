import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { groupPlanByHorizon, groupPlanByTime, listRoadmapActions, type PlanAction, summarizePlan } from '../../engine/action-plan';
import { assess } from '../../engine/assess';
import { todayLocal } from '../../engine/clock';
import { checkResultReadiness } from '../../engine/result-readiness';
import { useContentTexts } from '../../model/content-texts';
import { model } from '../../model/structure';
import { usePageTitle } from '../../components/use-page-title';
import { usePlanActionTitle } from '../../components/use-plan-action-title';
import { useStageLabel } from '../../components/use-stage-label';
import { useAssessmentStore } from '../../state/assessment-store';
import { usePlanStore } from '../../state/plan-store';
import { PlanActionCard } from './plan-action-card';
import './plan.css';

type View = 'horizon' | 'time';

/** The action plan: its target, its actions by horizon or by time (overdue ones marked), each editable in place. */
export function PlanPage() {
  const { t, i18n } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  usePageTitle(t('title'));
  const texts = useContentTexts();
  const answers = useAssessmentStore((s) => s.answers);
  const plan = usePlanStore();
  const result = useMemo(() => assess(model, answers), [answers]);
  const ready = checkResultReadiness(result).kind === 'ready';
  const stageLabel = useStageLabel(texts);
  const title = usePlanActionTitle(texts);
  const [view, setView] = useState<View>('horizon');
  const [message, setMessage] = useState('');
  const [removed, setRemoved] = useState<{ key: string; action: PlanAction } | null>(null);
  const today = todayLocal();
  const summary = summarizePlan(plan, today);
  const horizonGroups = groupPlanByHorizon(plan, result.roadmap, today);
  const timeGroups = groupPlanByTime(plan, result.roadmap, today);
  const missing = ready ? listRoadmapActions(result.roadmap).filter(({ key }) => !plan.actions[key]).length : 0;
  const formatDate = (date: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

  const startFromRoadmap = () => {
    plan.addFromRoadmap(result.roadmap, result.placement, model.stages.length);
    setRemoved(null);
    setMessage(missing ? t('startedFromRoadmap', { count: missing }) : t('nothingToAdd'));
  };
  const remove = (key: string) => {
    const action = plan.removeAction(key);
    if (!action) return;
    setRemoved({ key, action });
    setMessage(t('removed', { action: title(action.questionId, action.kind) }));
  };
  const undoRemove = () => {
    if (!removed) return;
    plan.restoreAction(removed.key, removed.action);
    setRemoved(null);
    setMessage(t('restored'));
  };

  const rungName = (rung: number) => stageLabel.heading(rung);
  const groups = view === 'horizon' ? horizonGroups : timeGroups;
  const groupTitle = (group: string) => (view === 'horizon' && group !== 'off-roadmap' ? tc(`horizon.${group}` as 'horizon.now') : t(`group.${group}` as 'group.overdue'));

  return (
    <div className="page plan">
      <header>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </header>

      <section className="card plan-target" aria-labelledby="plan-target-title">
        <h2 id="plan-target-title">{t('target.title')}</h2>
        <div className="plan-target__fields">
          <div className="field">
            <label htmlFor="plan-target-rung">{t('target.rung')}</label>
            <select
              id="plan-target-rung"
              value={plan.targetRung ?? ''}
              onChange={(e) => plan.setTarget({ targetRung: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
            >
              <option value="">{t('target.noRung')}</option>
              {model.stages.map((stage) => (
                <option key={stage.order} value={stage.order}>
                  {rungName(stage.order)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="plan-target-date">{t('target.date')}</label>
            <input id="plan-target-date" type="date" value={plan.targetDate} onChange={(e) => plan.setTarget({ targetDate: e.currentTarget.value })} />
          </div>
        </div>
        {plan.targetRung !== null && (
          <p className="plan-target__summary">
            {plan.targetDate ? t('target.summary', { rung: rungName(plan.targetRung), date: formatDate(plan.targetDate) }) : t('target.summaryNoDate', { rung: rungName(plan.targetRung) })}{' '}
            {summary.daysToTarget !== null &&
              (summary.daysToTarget > 0
                ? t('target.daysLeft', { count: summary.daysToTarget })
                : summary.daysToTarget < 0
                  ? t('target.daysPast', { count: -summary.daysToTarget })
                  : t('target.today'))}
          </p>
        )}
      </section>

      {ready && missing > 0 && (
        <p>
          <button type="button" className="button" onClick={startFromRoadmap}>
            {summary.total ? t('addMissing', { count: missing }) : t('startFromRoadmap')}
          </button>
        </p>
      )}
      <div role="status" aria-live="polite" className="plan__status">
        {message && (
          <p className="notice notice--ok">
            {message}{' '}
            {removed && (
              <button type="button" className="button button--small" onClick={undoRemove}>
                {t('undo')}
              </button>
            )}
          </p>
        )}
      </div>

      {summary.total === 0 ? (
        <div className="notice notice--info">
          <p>{ready ? t('empty') : t('notReady')}</p>
          <Link to="/results">{t('toResults')}</Link>
        </div>
      ) : (
        <>
          <p className="plan__summary">
            {t('summary', {
              total: summary.total,
              todo: summary.byStatus.todo,
              inProgress: summary.byStatus['in-progress'],
              done: summary.byStatus.done,
              dropped: summary.byStatus.dropped,
            })}{' '}
            {summary.overdue > 0 && <strong className="plan__overdue-count">{t('overdueCount', { count: summary.overdue })}</strong>}
          </p>
          <fieldset className="plan-view">
            <legend>{t('view.label')}</legend>
            {(['horizon', 'time'] as const).map((option) => (
              <label key={option} className="plan-view__option">
                <input type="radio" name="plan-view" value={option} checked={view === option} onChange={() => setView(option)} />
                {t(`view.${option}`)}
              </label>
            ))}
          </fieldset>
          {groups.map(({ group, actions }) => (
            <section key={group} className={`plan-group plan-group--${group}`} aria-labelledby={`plan-group-${group}`}>
              <h2 id={`plan-group-${group}`}>
                {groupTitle(group)} <span className="count">({actions.length})</span>
              </h2>
              {group === 'off-roadmap' && <p className="hint">{t('groupHint.off-roadmap')}</p>}
              <ul className="plan-actions">
                {actions.map((placed) => (
                  <PlanActionCard key={placed.key} placed={placed} texts={texts} answers={answers} onRemove={remove} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
