import { type FormEvent, useId, useMemo, useState } from 'react';
import './history.css';
import { useTranslation } from 'react-i18next';
import { nowIso } from '../../engine/clock';
import { buildTrend, type Milestone, MILESTONE_LABEL_MAX_LENGTH } from '../../engine/milestones';
import type { ContentTexts } from '../../engine/model-types';
import { model } from '../../model/structure';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useAssessmentStore } from '../../state/assessment-store';
import { useMilestoneStore } from '../../state/milestone-store';
import { snapshotPlan } from '../../state/plan-store';
import { earlierFromMilestone, useComparisonStore } from './comparison-store';
import { TrendFigure } from './trend-figure';

type Status = { kind: 'idle' } | { kind: 'saved'; label: string } | { kind: 'deleted'; milestone: Milestone } | { kind: 'restored' };

/**
 * History: save a milestone (a dated, labelled snapshot of answers, notes and plan), see the trend across them, and
 * compare with one or delete one (asked first, and undoable).
 */
export function HistorySection({ texts }: { texts: ContentTexts }) {
  const { t, i18n } = useTranslation('plan');
  const lang = i18n.language;
  const inputId = useId();
  const hintId = useId();
  const answers = useAssessmentStore((s) => s.answers);
  const milestones = useMilestoneStore((s) => s.milestones);
  const saveMilestone = useMilestoneStore((s) => s.saveMilestone);
  const deleteMilestone = useMilestoneStore((s) => s.deleteMilestone);
  const restoreMilestone = useMilestoneStore((s) => s.restoreMilestone);
  const comparedId = useComparisonStore((s) => (s.earlier?.source === 'milestone' ? s.earlier.milestoneId : ''));
  const setEarlier = useComparisonStore((s) => s.setEarlier);
  const [label, setLabel] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [asking, setAsking] = useState<Milestone | null>(null);
  const formatDate = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
  const trend = useMemo(() => buildTrend(model, milestones, { answers, date: nowIso(), label: '' }), [milestones, answers]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const { notes } = useAssessmentStore.getState();
    const milestone = saveMilestone(label.trim() || t('history.defaultLabel', { date: formatDate(nowIso()) }), { answers, notes, plan: snapshotPlan() });
    setLabel('');
    setStatus({ kind: 'saved', label: milestone.label });
  };
  const compare = (milestone: Milestone) => {
    setEarlier(earlierFromMilestone(milestone));
    document.getElementById('compare-title')?.scrollIntoView?.({ block: 'start' });
  };
  const confirmDelete = () => {
    if (!asking) return;
    const removed = deleteMilestone(asking.id);
    setAsking(null);
    if (removed) setStatus({ kind: 'deleted', milestone: removed });
  };
  const undo = () => {
    if (status.kind !== 'deleted') return;
    restoreMilestone(status.milestone);
    setStatus({ kind: 'restored' });
  };

  return (
    <section className="card history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <p>{t('history.intro')}</p>
      <form className="history__form" onSubmit={save}>
        <div className="field">
          <label htmlFor={inputId}>{t('history.label')}</label>
          <input
            id={inputId}
            type="text"
            value={label}
            maxLength={MILESTONE_LABEL_MAX_LENGTH}
            autoComplete="off"
            aria-describedby={hintId}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
          <p id={hintId} className="hint">
            {t('history.labelHint')}
          </p>
        </div>
        <button type="submit" className="button button--primary">
          {t('history.save')}
        </button>
      </form>
      <div role="status" aria-live="polite" className="history__status">
        {status.kind === 'saved' && <p className="notice notice--ok">{t('history.saved', { label: status.label })}</p>}
        {status.kind === 'deleted' && (
          <p className="notice notice--ok">
            {t('history.deleted', { label: status.milestone.label })}{' '}
            <button type="button" className="button button--small" onClick={undo}>
              {t('undo')}
            </button>
          </p>
        )}
        {status.kind === 'restored' && <p className="notice notice--ok">{t('history.undone')}</p>}
      </div>
      {milestones.length === 0 ? (
        <p className="hint">{t('history.none')}</p>
      ) : (
        <>
          <h3>{t('history.listTitle', { count: milestones.length })}</h3>
          <ul className="milestones">
            {[...milestones].reverse().map((m) => (
              <li key={m.id} className="milestones__item">
                <span className="milestones__label">
                  <strong>{m.label}</strong> <span className="hint">{formatDate(m.savedAt)}</span>
                </span>
                <span className="milestones__actions">
                  {comparedId === m.id ? (
                    <span className="milestones__comparing">{t('history.comparing')}</span>
                  ) : (
                    <button type="button" className="button button--small" aria-label={t('history.compareLabel', { label: m.label })} onClick={() => compare(m)}>
                      {t('history.compare')}
                    </button>
                  )}
                  <button type="button" className="link-button" aria-label={t('history.deleteLabel', { label: m.label })} onClick={() => setAsking(m)}>
                    {t('history.delete')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <h3>{t('history.trendTitle')}</h3>
          <p className="hint">{milestones.length === 1 ? t('history.trendNeedsTwo') : t('history.trendIntro')}</p>
          <TrendFigure points={trend} texts={texts} />
        </>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={t('history.confirmTitle')}
        message={asking ? t('history.confirmMessage', { label: asking.label, date: formatDate(asking.savedAt) }) : ''}
        confirmLabel={t('history.confirmDelete')}
        onConfirm={confirmDelete}
        onCancel={() => setAsking(null)}
      />
    </section>
  );
}
