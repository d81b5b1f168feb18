import { type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useStore } from 'zustand';
import { QR_MAX_CHARS, QrCode } from '../../components/qr-code';
import { RoleField } from '../../components/role-field';
import { ScaleQuestion } from '../../components/scale-question';
import { StageNav } from '../../components/stage-nav';
import { usePageTitle } from '../../components/use-page-title';
import { useStageLabel } from '../../components/use-stage-label';
import type { AnswerValue } from '../../engine/answers';
import { countAnswered } from '../../engine/progress';
import { emptyParticipation, OPEN_WORKSHOP_KEY } from '../../engine/saved-participation';
import { useContentTexts } from '../../model/content-texts';
import { loadLevelDescriptors, useLevelDescriptors } from '../../model/level-descriptors';
import { whenIdle } from '../../browser/when-idle';
import type { QuestionStructure } from '../../engine/model-types';
import { model, questionCount } from '../../model/structure';
import { decodeJoinToken, type Invite, type JoinTokenResult } from '../../portability/join-token';
import { buildShareUrl, encodeShareLink, LINK_NAME_MAX_LENGTH, LINK_NOTE_MAX_LENGTH } from '../../portability/share-link';
import { useParticipationStore } from './participation-store';
import './join.css';

type Step = { kind: 'start' } | { kind: 'stage'; order: number } | { kind: 'done' };

/**
 * Participant mode: someone who scanned the workshop's code answers on their own phone. Their answers are saved
 * apart from their own assessment in this browser, and at the end they get a link to send back to the facilitator.
 */
export function JoinPage() {
  const { t } = useTranslation('workshop');
  const { '*': token = '' } = useParams();
  const decoded = useMemo((): JoinTokenResult => (token ? decodeJoinToken(token) : { ok: true, invite: { key: OPEN_WORKSHOP_KEY, title: '', roles: [] } }), [token]);
  usePageTitle(decoded.ok ? t('participant.title') : t('participant.badLinkTitle'));
  if (!decoded.ok) {
    return (
      <div className="page narrow">
        <h1>{t('participant.badLinkTitle')}</h1>
        <p role="alert" className="notice notice--error">
          {decoded.problem === 'newer-version' ? t('participant.badLinkNewer') : t('participant.badLinkDamaged')}
        </p>
        <p>
          <Link to="/join">{t('participant.openInstead')}</Link>
        </p>
      </div>
    );
  }
  return <Participate invite={decoded.invite} />;
}

function Participate({ invite }: { invite: Invite }) {
  const { t } = useTranslation('workshop');
  const texts = useContentTexts();
  const stageLabel = useStageLabel(texts);
  const { key } = invite;
  const entry = useParticipationStore((s) => s.workshops[key]) ?? emptyParticipation();
  const { join, setName, setRole, setAnswer, setNote } = useParticipationStore.getState();
  const status = useStore(useParticipationStore.status);
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const nameId = useId();
  const id = useId();
  const rolesKey = invite.roles.join('\n');
  useEffect(() => {
    join(key, { title: invite.title, roles: rolesKey ? rolesKey.split('\n') : [] });
  }, [join, key, invite.title, rolesKey]);
  useEffect(() => {
    // After moving on, keyboard and screen-reader users start at the new step's heading.
    if (moved.current) heading.current?.focus();
  }, [step]);

  const go = (next: Step) => {
    moved.current = true;
    setStep(next);
    window.scrollTo(0, 0);
  };
  const answered = model.stages.reduce((n, s) => n + countAnswered(s, entry.answers), 0);
  const title = entry.title || invite.title;

  return (
    <div className="page join">
      <header className="join__header">
        <p className="eyebrow">{t('participant.eyebrow')}</p>
        {step.kind === 'start' && (
          <h1 ref={heading} tabIndex={-1}>
            {title ? t('participant.heading', { title }) : t('participant.headingOpen')}
          </h1>
        )}
        {step.kind !== 'start' && <p className="join__workshop">{title ? t('participant.heading', { title }) : t('participant.headingOpen')}</p>}
        <p className="hint">{t('participant.progress', { count: answered, total: questionCount })}</p>
      </header>
      {status.problem && (
        <p role="alert" className="notice notice--warn">
          {t('participant.notSaving')}
        </p>
      )}
      {status.recoveries.length > 0 && (
        <p role="alert" className="notice notice--warn">
          {t('participant.recovered')}
        </p>
      )}

      {step.kind === 'start' && (
        <section className="card join__start" aria-labelledby={`${id}-start`}>
          <h2 id={`${id}-start`}>{t('participant.startTitle')}</h2>
          <p>{t('participant.startBody')}</p>
          <div className="field">
            <label htmlFor={nameId}>{t('participant.nameLabel')}</label>
            <input id={nameId} type="text" autoComplete="name" maxLength={LINK_NAME_MAX_LENGTH} value={entry.name} onChange={(e) => setName(key, e.target.value)} />
          </div>
          <RoleField label={t('participant.roleLabel')} value={entry.role} onChange={(role) => setRole(key, role)} extraRoles={entry.roles.length ? entry.roles : invite.roles} />
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => go({ kind: 'stage', order: 1 })}>
              {answered ? t('participant.continue') : t('participant.start')}
            </button>
            {answered > 0 && (
              <button type="button" className="button button--secondary" onClick={() => go({ kind: 'done' })}>
                {t('participant.getLink')}
              </button>
            )}
          </div>
        </section>
      )}

      {step.kind === 'stage' && (
        <StageStep
          order={step.order}
          headingRef={heading}
          answers={entry.answers}
          notes={entry.notes}
          onAnswer={(q, value) => setAnswer(key, q, value)}
          onNote={(q, note) => setNote(key, q, note)}
          onGo={(order) => go({ kind: 'stage', order })}
          onFinish={() => go({ kind: 'done' })}
          onBack={() => go({ kind: 'start' })}
          stageHeading={stageLabel.heading}
          stageShort={stageLabel.short}
        />
      )}

      {step.kind === 'done' && <DoneStep headingRef={heading} name={entry.name} role={entry.role} answers={entry.answers} notes={entry.notes} onBack={() => go({ kind: 'stage', order: 1 })} />}
    </div>
  );
}

interface StageStepProps {
  order: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  onAnswer: (questionId: string, value: AnswerValue) => void;
  onNote: (questionId: string, note: string) => void;
  onGo: (order: number) => void;
  onFinish: () => void;
  onBack: () => void;
  stageHeading: (order: number) => string;
  stageShort: (order: number) => string;
}

function StageStep({ order, headingRef, answers, notes, onAnswer, onNote, onGo, onFinish, onBack, stageHeading, stageShort }: StageStepProps) {
  const { t, i18n } = useTranslation('workshop');
  const id = useId();
  const stage = model.stages[order - 1]!;
  const descriptors = useLevelDescriptors(i18n.language, stage.id);
  const nextStageId = model.stages[order]?.id;
  useEffect(() => {
    // The next stage's descriptors arrive while this one is answered, as on a turn on the facilitator's device.
    if (!nextStageId) return undefined;
    return whenIdle(() => void loadLevelDescriptors(i18n.language, nextStageId).catch(() => undefined));
  }, [i18n.language, nextStageId]);
  return (
    <>
      <StageNav label={t('answer.stagesNav')} answers={answers} current={order} onSelect={onGo} itemLabel={(s) => stageShort(s.order)} />
      <h1 ref={headingRef} tabIndex={-1} className="join__stage-title">
        {stageHeading(stage.order)}
      </h1>
      <div className="questions">
        {stage.questions.map((q, i) => (
          <JoinQuestion
            key={q.id}
            number={i + 1}
            question={q}
            name={`${id}-${q.id}`}
            descriptors={descriptors?.[q.id]}
            value={answers[q.id]}
            note={notes[q.id] ?? ''}
            onAnswer={onAnswer}
            onNote={onNote}
          />
        ))}
      </div>
      <div className="actions actions--split stage-page__nav">
        <button type="button" className="button button--secondary" onClick={() => (order > 1 ? onGo(order - 1) : onBack())}>
          {order > 1 ? t('answer.previous') : t('participant.back')}
        </button>
        {order < model.stages.length ? (
          <button type="button" className="button button--primary" onClick={() => onGo(order + 1)}>
            {t('answer.next')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={onFinish}>
            {t('participant.finish')}
          </button>
        )}
      </div>
      <p>
        <button type="button" className="link-button" onClick={onFinish}>
          {t('participant.finishEarly')}
        </button>
      </p>
    </>
  );
}

interface JoinQuestionProps {
  number: number;
  question: QuestionStructure;
  name: string;
  descriptors: readonly string[] | undefined;
  value: AnswerValue | undefined;
  note: string;
  onAnswer: (questionId: string, value: AnswerValue) => void;
  onNote: (questionId: string, note: string) => void;
}

/** One question on the shared scale (with its level descriptors), and a note for the workshop on demand. */
function JoinQuestion({ number, question, name, descriptors, value, note, onAnswer, onNote }: JoinQuestionProps) {
  const { t } = useTranslation('workshop');
  const texts = useContentTexts();
  const id = useId();
  const [open, setOpen] = useState(Boolean(note));
  return (
    <ScaleQuestion
      number={number}
      statement={texts.questions[question.id]?.statement ?? ''}
      question={question}
      condition={texts.questions[question.id]?.condition}
      descriptors={descriptors}
      name={name}
      scale={texts.scale}
      value={value}
      onChange={(option) => onAnswer(question.id, option)}
      tools={
        <button type="button" className="link-button" aria-expanded={open} aria-controls={`${id}-note`} onClick={() => setOpen(!open)}>
          {open ? t('participant.hideNote') : note ? t('participant.editNote') : t('participant.addNote')}
        </button>
      }
    >
      <div id={`${id}-note`} className="question__note" hidden={!open}>
        <label htmlFor={`${id}-input`}>{t('participant.noteLabel', { max: LINK_NOTE_MAX_LENGTH })}</label>
        <textarea id={`${id}-input`} rows={3} maxLength={LINK_NOTE_MAX_LENGTH} value={note} onChange={(e) => onNote(question.id, e.target.value)} />
      </div>
    </ScaleQuestion>
  );
}

interface DoneStepProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  name: string;
  role: string;
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  onBack: () => void;
}

function DoneStep({ headingRef, name, role, answers, notes, onBack }: DoneStepProps) {
  const { t } = useTranslation('workshop');
  const linkId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<{ url: string } | 'failed' | null>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed' | 'shared'>('no');
  useEffect(() => {
    let live = true;
    encodeShareLink(answers, model, { name, role, notes })
      .then((payload) => live && setLink({ url: buildShareUrl(payload, window.location.href) }))
      .catch(() => live && setLink('failed'));
    return () => {
      live = false;
    };
  }, [answers, name, role, notes]);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const url = link && link !== 'failed' ? link.url : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied('failed');
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: t('participant.shareTitle'), text: name ? t('participant.shareText', { name }) : t('participant.shareTextAnonymous'), url });
      setCopied('shared');
    } catch {
      // Closed without sharing: nothing to say.
    }
  };

  return (
    <section className="card join__done" aria-labelledby={`${linkId}-title`}>
      <h1 ref={headingRef} tabIndex={-1} id={`${linkId}-title`}>
        {t('participant.doneTitle')}
      </h1>
      <p>{name ? t('participant.doneBody', { name }) : t('participant.doneBodyAnonymous')}</p>
      {link === 'failed' && (
        <p role="alert" className="notice notice--error">
          {t('participant.linkFailed')}
        </p>
      )}
      {url && (
        <>
          <div className="field">
            <label htmlFor={linkId}>{t('participant.linkLabel')}</label>
            <input ref={input} id={linkId} type="text" readOnly value={url} className="share-link__url" onFocus={(e) => e.currentTarget.select()} />
          </div>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              {t('participant.copy')}
            </button>
            {canShare && (
              <button type="button" className="button button--secondary" onClick={() => void share()}>
                {t('participant.share')}
              </button>
            )}
          </div>
          <p role="status" aria-live="polite" className="workshop__status">
            {copied === 'yes' ? t('participant.copied') : copied === 'failed' ? t('participant.copyFailed') : copied === 'shared' ? t('participant.shared') : ''}
          </p>
          {url.length <= QR_MAX_CHARS ? (
            <figure className="join__qr">
              <QrCode value={url} label={t('participant.qrLabel')} />
              <figcaption className="hint">{t('participant.qrHint')}</figcaption>
            </figure>
          ) : (
            <p className="hint">{t('participant.qrTooLong')}</p>
          )}
        </>
      )}
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          {t('participant.edit')}
        </button>
      </p>
    </section>
  );
}
