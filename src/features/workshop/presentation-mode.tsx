import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerLabel } from '../../components/answer-label';
import { useStageLabel } from '../../components/use-stage-label';
import { type AnswerValue, DONT_KNOW, NOT_APPLICABLE } from '../../engine/answers';
import { REASON_MAX_LENGTH } from '../../engine/limits';
import type { ContentTexts } from '../../engine/model-types';
import { type Agreement, defaultAgreedAnswer } from '../../engine/summarize-workshop';
import { type AgendaItem, countDiscussed } from '../../engine/workshop-agenda';
import { AnswerDistributionList, LevelDescriptors } from './room-parts';
import { agreedAttribute } from './room-values';

interface Props {
  items: readonly AgendaItem[];
  texts: ContentTexts;
  participantCount: number;
  /** Question ids where "doesn't apply" is an answer. */
  conditional: ReadonlySet<string>;
  agreements: Readonly<Record<string, Agreement | undefined>>;
  onAgree: (questionId: string, answer: AnswerValue | undefined) => void;
  onReason: (questionId: string, reason: string) => void;
  onDiscussed: (questionId: string, discussed: boolean) => void;
  onClose: () => void;
}

const TIMER_CHOICES = [0, 2, 3, 5, 10];
const isTyping = (target: EventTarget) => target instanceof HTMLElement && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.tagName === 'SELECT');

/**
 * The agenda on the projector, one question per screen: statement, level descriptors, and the votes hidden
 * until revealed, so the room argues before it anchors on numbers. A native modal dialog over the whole
 * page (no site navigation), driven by keyboard alone; Escape leaves.
 */
export function PresentationMode({ items, texts, participantCount, conditional, agreements, onAgree, onReason, onDiscussed, onClose }: Props) {
  const { t } = useTranslation('workshop');
  const { t: tc } = useTranslation();
  const stageLabel = useStageLabel(texts);
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const ids = useId();
  // Start at the first item not yet discussed.
  const [index, setIndex] = useState(() => Math.max(0, items.findIndex((item) => !agreements[item.questionId]?.discussed)));
  const [revealed, setRevealed] = useState(false);
  const [minutes, setMinutes] = useState(0);
  const [remaining, setRemaining] = useState(0);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  // Keyboard and screen-reader users land on each question's statement.
  useEffect(() => heading.current?.focus(), [index]);

  const ticking = running && remaining > 0;
  useEffect(() => {
    if (!ticking) return;
    const timer = window.setInterval(() => setRemaining((r) => Math.max(0, r - 1)), 1000);
    return () => window.clearInterval(timer);
  }, [ticking]);

  const total = items.length;
  const item = items[Math.min(index, total - 1)];
  const discussedCount = countDiscussed(items, agreements);

  if (!item) {
    return (
      <dialog ref={ref} className="present" aria-labelledby={`${ids}-title`} onCancel={(e) => { e.preventDefault(); onClose(); }}>
        <div className="present__empty">
          <h2 id={`${ids}-title`}>{t('present.title')}</h2>
          <p>{t('present.empty')}</p>
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('present.leave')}
          </button>
        </div>
      </dialog>
    );
  }

  const { questionId, summary } = item;
  const agreement = agreements[questionId];
  const fallback = defaultAgreedAnswer(summary);
  const agreed = agreement?.answer ?? fallback;
  const discussed = Boolean(agreement?.discussed);
  const canSayNotApplicable = conditional.has(questionId);
  const choices: AnswerValue[] = [0, 1, 2, 3, 4, DONT_KNOW, ...(canSayNotApplicable ? [NOT_APPLICABLE] : [])];
  // Each question starts with its votes hidden and its timer full.
  const go = (next: number) => {
    const target = Math.max(0, Math.min(total - 1, next));
    if (target === index) return;
    setIndex(target);
    setRevealed(false);
    setRemaining(minutes * 60);
    setRunning(false);
  };
  const choose = (value: AnswerValue) => onAgree(questionId, agreement?.answer === value ? undefined : value);
  const toggleTimer = () => {
    if (!minutes) {
      setMinutes(3);
      setRemaining(180);
      setRunning(true);
    } else if (remaining === 0) {
      setRemaining(minutes * 60);
      setRunning(true);
    } else setRunning(!ticking);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    const key = event.key;
    const act = (fn: () => void) => {
      event.preventDefault();
      fn();
    };
    if (key === 'ArrowRight' || key === 'PageDown') act(() => go(index + 1));
    else if (key === 'ArrowLeft' || key === 'PageUp') act(() => go(index - 1));
    else if (key === 'Home') act(() => go(0));
    else if (key === 'End') act(() => go(total - 1));
    else if (key === 'v' || key === 'V') act(() => setRevealed(!revealed));
    else if (/^[0-4]$/.test(key)) act(() => choose(Number(key) as AnswerValue));
    else if (key === 'd' || key === 'D') act(() => choose(DONT_KNOW));
    else if ((key === 'n' || key === 'N') && canSayNotApplicable) act(() => choose(NOT_APPLICABLE));
    else if (key === 'r' || key === 'R') act(() => reasonField.current?.focus());
    else if (key === 'm' || key === 'M') act(() => onDiscussed(questionId, !discussed));
    else if (key === 't' || key === 'T') act(toggleTimer);
  };

  const clock = `${Math.floor(remaining / 60)}:${String(remaining % 60).padStart(2, '0')}`;
  return (
    // The keys act on the whole dialog; every action is also a button, so nothing rests on the keys alone.
    <dialog
      ref={ref}
      className="present"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-keys`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      data-question-id={questionId}
      data-agreed={agreedAttribute(agreed)}
      data-agenda={item.rank}
    >
      <div className="present__bar">
        <p id={`${ids}-title`} className="visually-hidden">
          {t('present.title')}
        </p>
        <p className="present__progress">
          <span aria-hidden="true">{t('present.progress', { current: index + 1, total })}</span>
          <span className="visually-hidden">{t('present.progressLabel', { current: index + 1, total })}</span>
        </p>
        <p className="present__discussed-count">{t('room.discussedCount', { count: discussedCount, total })}</p>
        <div className="present__timer">
          <label htmlFor={`${ids}-timer`}>{t('present.timer')}</label>
          <select
            id={`${ids}-timer`}
            value={minutes}
            onChange={(e) => {
              const m = Number(e.target.value);
              setMinutes(m);
              setRemaining(m * 60);
              setRunning(false);
            }}
          >
            {TIMER_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m ? t('present.timerMinutes', { count: m }) : t('present.timerOff')}
              </option>
            ))}
          </select>
          {minutes > 0 && (
            <>
              <span role="timer" aria-live="off" className={remaining === 0 ? 'present__clock present__clock--up' : 'present__clock'}>
                {remaining === 0 ? t('present.timeUp') : clock}
              </span>
              <button type="button" className="button button--small" aria-keyshortcuts="T" onClick={toggleTimer}>
                {ticking ? t('present.timerPause') : t('present.timerStart')}
              </button>
            </>
          )}
        </div>
        <button type="button" className="button button--small present__leave" onClick={onClose}>
          {t('present.leave')}
        </button>
      </div>

      <div className="present__main">
        <p className="present__meta">
          {stageLabel.short(item.stageOrder)}
          {item.reasons.map((r) => (
            <span key={r} className={`reason-chip reason-chip--${r}`}>
              {t(`room.reason.${r}`)}
            </span>
          ))}
        </p>
        <h2 ref={heading} tabIndex={-1} className="present__statement">
          {texts.questions[questionId]?.statement ?? questionId}
        </h2>
        <div className="present__columns">
          <LevelDescriptors questionId={questionId} texts={texts} className="level-descriptors level-descriptors--large" />
          <section className="present__votes" aria-labelledby={`${ids}-votes`}>
            <h3 id={`${ids}-votes`} className="visually-hidden">
              {t('room.distributionLabel')}
            </h3>
            <button type="button" className="button button--secondary" aria-expanded={revealed} aria-controls={`${ids}-distribution`} aria-keyshortcuts="V" onClick={() => setRevealed(!revealed)}>
              {revealed ? t('present.hide') : t('present.reveal')}
            </button>
            <div id={`${ids}-distribution`}>
              {revealed ? (
                <AnswerDistributionList summary={summary} texts={texts} participantCount={participantCount} conditional={canSayNotApplicable} large />
              ) : (
                <p className="present__hidden">{t('present.votesHidden')}</p>
              )}
            </div>
          </section>
        </div>
      </div>

      <div className="present__controls">
        <div className="present__agree" role="group" aria-labelledby={`${ids}-agreed`}>
          <p id={`${ids}-agreed`} className="present__label">
            {t('present.agreedLabel')}
          </p>
          <div className="present__choices">
            {choices.map((value) => {
              const name = answerLabel(value, texts, tc('notAnswered'));
              const isDefault = agreement?.answer === undefined && value === fallback;
              return (
                <button
                  key={String(value)}
                  type="button"
                  className={value === agreed ? 'present__choice present__choice--agreed' : 'present__choice'}
                  aria-pressed={agreement?.answer === value}
                  aria-label={isDefault ? `${name} (${t('present.default')})` : name}
                  title={name}
                  onClick={() => choose(value)}
                >
                  {value === DONT_KNOW ? '?' : value === NOT_APPLICABLE ? '—' : value}
                </button>
              );
            })}
          </div>
        </div>
        <div className="field present__reason">
          <label htmlFor={`${ids}-reason`}>{t('present.reasonLabel')}</label>
          <textarea
            ref={reasonField}
            id={`${ids}-reason`}
            rows={2}
            maxLength={REASON_MAX_LENGTH}
            value={agreement?.reason ?? ''}
            onChange={(e) => onReason(questionId, e.target.value)}
          />
        </div>
        <button type="button" className="button button--secondary present__mark" aria-pressed={discussed} aria-keyshortcuts="M" onClick={() => onDiscussed(questionId, !discussed)}>
          {discussed ? `✓ ${t('present.discussed')}` : t('present.markDiscussed')}
        </button>
        <div className="present__nav">
          <button type="button" className="button button--secondary" aria-keyshortcuts="ArrowLeft" disabled={index === 0} onClick={() => go(index - 1)}>
            ← {t('present.previous')}
          </button>
          <button type="button" className="button button--primary" aria-keyshortcuts="ArrowRight" disabled={index === total - 1} onClick={() => go(index + 1)}>
            {t('present.next')} →
          </button>
        </div>
        <p id={`${ids}-keys`} className="present__keys">
          {t('present.keys')}
          {canSayNotApplicable && <> · {t('present.keysNotApplicable')}</>}
        </p>
      </div>
    </dialog>
  );
}
