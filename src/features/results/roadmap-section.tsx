import { useState } from 'react';
import './history.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { actionKindOf, listRoadmapActions, planActionKey } from '../../engine/action-plan';
import type { AssessmentResult } from '../../engine/assess';
import { HORIZONS } from '../../engine/build-roadmap';
import { usePlanStore } from '../../state/plan-store';
import { usePlanActionTitle } from '../../components/use-plan-action-title';
import type { ContentTexts } from '../../engine/model-types';
import { model } from '../../model/structure';
import { answerLabel } from '../../components/answer-label';
import { useStageLabel } from '../../components/use-stage-label';
import { jumpToSection } from '../../components/jump-to-section';

interface Props {
  result: AssessmentResult;
  texts: ContentTexts;
  /** Offers to put actions in this browser's action plan (not on someone else's shared results). */
  withPlan?: boolean;
}

/** The roadmap by horizon; each action with its stage, expected outcome and KPI, and a way into the action plan. */
export function RoadmapSection({ result, texts, withPlan = false }: Props) {
  const { t } = useTranslation('results');
  const { t: tp } = useTranslation('plan');
  const { t: tc } = useTranslation();
  const stageLabel = useStageLabel(texts);
  const actions = usePlanStore((s) => s.actions);
  const addAction = usePlanStore((s) => s.addAction);
  const addFromRoadmap = usePlanStore((s) => s.addFromRoadmap);
  const actionTitle = usePlanActionTitle(texts);
  const [added, setAdded] = useState('');
  // The button becomes a link once its action is in the plan: focus follows, so the keyboard keeps its place.
  const [justAdded, setJustAdded] = useState('');
  const total = HORIZONS.reduce((n, h) => n + result.roadmap[h].length, 0);
  const missing = listRoadmapActions(result.roadmap).filter(({ key }) => !actions[key]).length;
  const inPlan = Object.keys(actions).length;
  const addAll = () => {
    addFromRoadmap(result.roadmap, result.placement, model.stages.length);
    setAdded(missing ? tp('startedFromRoadmap', { count: missing }) : tp('nothingToAdd'));
  };
  return (
    <section className="roadmap" aria-labelledby="roadmap-title">
      <h2 id="roadmap-title">{t('roadmapTitle')}</h2>
      <p>{total ? t('roadmapIntro') : t('roadmapEmpty')}</p>
      {withPlan && total > 0 && (
        <div className="roadmap__plan card">
          <p>{tp('roadmap.planCount', { count: inPlan })}</p>
          <div className="actions">
            {missing > 0 && (
              <button type="button" className="button" onClick={addAll}>
                {tp('roadmap.start')}
              </button>
            )}
            <Link to="/plan" className="button button--secondary">
              {tp('roadmap.open')}
            </Link>
          </div>
          <p role="status" aria-live="polite" className="roadmap__plan-status">
            {added}
          </p>
        </div>
      )}
      {HORIZONS.map((horizon) => {
        const items = result.roadmap[horizon];
        // Now may hold nothing to build and still point at the answers to find out first.
        const pointsToFindOut = horizon === 'now' && result.blockingUnknowns.length > 0;
        if (!items.length && !pointsToFindOut) return null;
        return (
          <section key={horizon} className="horizon card" aria-labelledby={`horizon-${horizon}`}>
            <h3 id={`horizon-${horizon}`} tabIndex={-1}>
              {tc(`horizon.${horizon}`)} <span className="count">({items.length})</span>
            </h3>
            <p className="hint">{t(`horizonHint.${horizon}`)}</p>
            {pointsToFindOut && (
              <p className="find-out-pointer">
                {t('nowFindOutFirst', { count: result.blockingUnknowns.length })} <a href="#horizon-find-out" onClick={(e) => jumpToSection(e, 'horizon-find-out')}>
                  {tc('horizon.find-out')}
                </a>
              </p>
            )}
            {items.length > 0 && (
            <ol className="actions-list">
              {items.map((item) => {
                const q = texts.questions[item.questionId];
                const stage = model.stages.find((s) => s.id === item.stageId)!;
                const kind = actionKindOf(horizon);
                const planned = Boolean(actions[planActionKey(item.questionId, kind)]);
                const name = actionTitle(item.questionId, kind);
                return (
                  <li key={`${horizon}-${item.questionId}`} className="action-item">
                    <div className="action-item__head">
                      <p className="action-item__action">
                        {horizon === 'find-out' ? t('findOutWhether', { statement: q?.statement ?? '' }) : q?.action}
                      </p>
                      {!withPlan ? null : planned ? (
                        <Link
                          to="/plan"
                          className="action-item__in-plan"
                          aria-label={tp('roadmap.inPlanLabel', { action: name })}
                          ref={(link) => {
                            if (link && justAdded === `${horizon}-${item.questionId}`) {
                              link.focus();
                              setJustAdded('');
                            }
                          }}
                        >
                          ✓ {tp('roadmap.inPlan')}
                        </Link>
                      ) : (
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={tp('roadmap.addLabel', { action: name })}
                          onClick={() => {
                            addAction(item.questionId, kind);
                            setJustAdded(`${horizon}-${item.questionId}`);
                            setAdded(tp('roadmap.added', { action: name }));
                          }}
                        >
                          {tp('roadmap.add')}
                        </button>
                      )}
                    </div>
                    <dl className="action-item__meta">
                      <div>
                        <dt>{t('stage')}</dt>
                        <dd>{stageLabel.heading(stage.order)}</dd>
                      </div>
                      <div>
                        <dt>{t('practice')}</dt>
                        <dd>
                          {q?.statement} ({answerLabel(item.answer, texts, tc('notAnswered'))})
                        </dd>
                      </div>
                      {horizon !== 'find-out' && (
                        <>
                          <div>
                            <dt>{t('outcome')}</dt>
                            <dd>{q?.outcome}</dd>
                          </div>
                          <div>
                            <dt>{t('kpi')}</dt>
                            <dd>{q?.kpi}</dd>
                          </div>
                        </>
                      )}
                    </dl>
                  </li>
                );
              })}
            </ol>
            )}
          </section>
        );
      })}
    </section>
  );
}
