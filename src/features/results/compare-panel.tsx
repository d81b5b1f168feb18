import { type ChangeEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScore, formatSignedPoints, roundPoints } from '../../engine/number-format';
import { AssessmentFileField, FileProblemAlert } from '../../components/assessment-file-field';
import type { ContentTexts } from '../../engine/model-types';
import { model } from '../../model/structure';
import { compareAssessments, type QuestionMove } from '../../engine/compare-assessments';
import { readChosenAssessmentFile } from '../../portability/load-file-reader';
import { describeFileProblem, listIds, questionNamer } from '../../portability/problem-messages';
import type { FileProblem } from '../../portability/read-assessment-file';
import { useAssessmentStore } from '../../state/assessment-store';
import { useMilestoneStore } from '../../state/milestone-store';
import { usePlanStore } from '../../state/plan-store';
import { pickData } from '../../engine/stamped-data';
import { planCodec } from '../../engine/saved-plan';
import { comparePlanProgress } from '../../engine/milestones';
import { answerLabel } from '../../components/answer-label';
import { StageTable } from '../../components/stage-table';
import { usePlanActionTitle } from '../../components/use-plan-action-title';
import { useStageLabel } from '../../components/use-stage-label';
import { earlierFromFile, earlierFromMilestone, useComparisonStore } from './comparison-store';
import './portability.css';
import './history.css';

const ARROWS: Record<QuestionMove['direction'], string> = { up: '▲', down: '▼', changed: '◆' };

/**
 * Progress over time: a milestone or an earlier assessment file against the current answers, and what the plan
 * achieved since. A copy of what is compared is kept (useComparisonStore) until the user removes the comparison,
 * so it survives a reload and the PDF report can include it too.
 */
export function ComparePanel({ texts }: { texts: ContentTexts }) {
  const { t, i18n } = useTranslation('portability');
  const { t: tp } = useTranslation('plan');
  const milestoneSelectId = useId();
  const milestones = useMilestoneStore((s) => s.milestones);
  const [chosenMilestone, setChosenMilestone] = useState('');
  const planState = usePlanStore();
  const plan = useMemo(() => pickData(planCodec, planState), [planState]);
  const actionTitle = usePlanActionTitle(texts);
  const { t: tr } = useTranslation('results');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const errorId = useId();
  const answers = useAssessmentStore((s) => s.answers);
  const earlier = useComparisonStore((s) => s.earlier);
  const setEarlier = useComparisonStore((s) => s.setEarlier);
  const [problem, setProblem] = useState<{ fileName: string; problem: FileProblem } | null>(null);
  const comparison = useMemo(() => (earlier ? compareAssessments(model, earlier.answers, answers) : null), [earlier, answers]);
  const progress = useMemo(() => (earlier ? comparePlanProgress(model, earlier, { answers, plan }) : []), [earlier, answers, plan]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = await readChosenAssessmentFile(event.currentTarget, model);
    if (!chosen) return;
    const { file, result } = chosen;
    if (result.ok) {
      setEarlier(earlierFromFile(file.name, result));
      setProblem(null);
    } else {
      setProblem({ fileName: file.name, problem: result.problem });
    }
  };

  const stageName = useStageLabel(texts).heading;
  const placementName = (placement: number) => (placement > 0 ? stageName(placement) : tr('placementZero'));
  const points = (change: number) =>
    roundPoints(change) === 0 ? t('compare.noChange') : t('compare.points', { value: formatSignedPoints(change, lang), count: Math.abs(roundPoints(change)) });
  const formatDate = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
  const compareWithMilestone = () => {
    const milestone = milestones.find((m) => m.id === chosenMilestone) ?? milestones.at(-1);
    if (!milestone) return;
    setEarlier(earlierFromMilestone(milestone));
    setProblem(null);
  };
  const message = problem ? describeFileProblem(problem.problem, lang, questionNamer(model, texts)) : null;

  return (
    <section className="card portability compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <p>{t('compare.intro')}</p>
      {milestones.length > 0 && (
        <div className="compare__milestone">
          <div className="field">
            <label htmlFor={milestoneSelectId}>{tp('compare.milestoneSelect')}</label>
            <select id={milestoneSelectId} value={chosenMilestone || milestones.at(-1)!.id} onChange={(e) => setChosenMilestone(e.currentTarget.value)}>
              {[...milestones].reverse().map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label} · {formatDate(m.savedAt)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button" onClick={compareWithMilestone}>
            {tp('compare.compareButton')}
          </button>
          <p className="hint">{tp('compare.orFile')}</p>
        </div>
      )}
      <AssessmentFileField label={t('compare.input')} errorId={problem ? errorId : undefined} onChange={(event) => void onFile(event)} />
      {problem && message && (
        <FileProblemAlert id={errorId}>
          <p>
            <strong>{t('compare.problemTitle', { fileName: problem.fileName })}</strong> {t(message.key, message.values)}
          </p>
        </FileProblemAlert>
      )}
      {earlier && comparison && (
        <div className="compare__result">
          <p className="compare__against">
            {earlier.source === 'milestone'
              ? tp('compare.againstMilestone', { label: earlier.name, date: formatDate(earlier.date) })
              : t('compare.against', { fileName: earlier.name, date: formatDate(earlier.date) })}
          </p>
          <p className="hint">{t('compare.inReport')}</p>
          {earlier.dropped.length > 0 && <p className="hint">{t('compare.dropped', { version: earlier.modelVersion, ...listIds(earlier.dropped) })}</p>}
          <h3>{t('compare.placementTitle')}</h3>
          <p className="compare__placement" data-placement-before={comparison.placement.before} data-placement-after={comparison.placement.after}>
            <span>{placementName(comparison.placement.before)}</span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden">{t('compare.to')}</span>
            <strong>{placementName(comparison.placement.after)}</strong>
          </p>
          <p>
            {comparison.placement.change > 0
              ? t('compare.placementUp', { count: comparison.placement.change })
              : comparison.placement.change < 0
                ? t('compare.placementDown', { count: -comparison.placement.change })
                : t('compare.placementSame')}
          </p>
          <StageTable
            caption={t('compare.tableCaption')}
            className="compare__table"
            scroll
            rows={comparison.stages}
            texts={texts}
            columns={[
              { header: t('compare.before'), cell: (s) => `${formatScore(s.before.score, lang)} · ${tc(`status.${s.before.status}`)}` },
              { header: t('compare.now'), cell: (s) => `${formatScore(s.after.score, lang)} · ${tc(`status.${s.after.status}`)}` },
              {
                header: t('compare.change'),
                cell: (s) => (
                  <>
                    {s.scoreChange === null ? '—' : points(s.scoreChange)}
                    {s.before.status !== s.after.status && (
                      <span className="compare__status-change">
                        {t('compare.statusChange', { before: tc(`status.${s.before.status}`), after: tc(`status.${s.after.status}`) })}
                      </span>
                    )}
                  </>
                ),
              },
            ]}
          />
          <h3>{t('compare.movedTitle', { count: comparison.moved.length })}</h3>
          {comparison.moved.length === 0 ? (
            <p>{t('compare.noneMoved')}</p>
          ) : (
            // A long list starts folded: the counts say enough at a glance.
            <details className="moved" open={comparison.moved.length <= 12}>
              <summary>
                {t('compare.movedSummary', {
                  up: comparison.moved.filter((m) => m.direction === 'up').length,
                  down: comparison.moved.filter((m) => m.direction === 'down').length,
                  changed: comparison.moved.filter((m) => m.direction === 'changed').length,
                })}
              </summary>
              {model.stages
                .filter((stage) => comparison.moved.some((m) => m.stageId === stage.id))
                .map((stage) => (
                  <section key={stage.id} className="moved__stage" aria-label={stageName(stage.order)}>
                    <h4>{stageName(stage.order)}</h4>
                    <ul className="moved-list">
                      {comparison.moved
                        .filter((m) => m.stageId === stage.id)
                        .map((move) => (
                          <li key={move.questionId} className={`moved-list__item moved-list__item--${move.direction}`}>
                            <span className="moved-list__statement">{texts.questions[move.questionId]?.statement ?? move.questionId}</span>
                            <span className="moved-list__answers">
                              <span aria-hidden="true" className="moved-list__arrow">
                                {ARROWS[move.direction]}
                              </span>{' '}
                              {t(`compare.direction.${move.direction}`)}: {answerLabel(move.before, texts, tc('notAnswered'))} →{' '}
                              {answerLabel(move.after, texts, tc('notAnswered'))}
                            </span>
                          </li>
                        ))}
                    </ul>
                  </section>
                ))}
            </details>
          )}
          <h3>{tp('compare.planTitle', { count: progress.length })}</h3>
          {progress.length === 0 ? (
            <p>{tp('compare.planNone')}</p>
          ) : (
            <>
              <p className="hint">{tp('compare.planIntro')}</p>
              <ul className="plan-progress">
                {progress.map((item) => (
                  <li key={item.key} className={`plan-progress__item plan-progress__item--${item.movement}`}>
                    <span className="plan-progress__action">
                      {actionTitle(item.questionId, item.kind)}
                      {item.doneBefore && <span className="hint"> ({tp('compare.doneBefore')})</span>}
                    </span>
                    <span className="plan-progress__move">
                      {item.movement !== 'same' && (
                        <span aria-hidden="true" className="moved-list__arrow">
                          {ARROWS[item.movement]}{' '}
                        </span>
                      )}
                      {tp(`compare.movement.${item.movement}`)}: {answerLabel(item.before, texts, tc('notAnswered'))} → {answerLabel(item.after, texts, tc('notAnswered'))}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="button button--small" onClick={() => setEarlier(null)}>
            {t('compare.clear')}
          </button>
        </div>
      )}
    </section>
  );
}
