import { useTranslation } from 'react-i18next';
import { answerLabel } from '../../components/answer-label';
import { DONT_KNOW, LEVELS, NOT_APPLICABLE } from '../../engine/answers';
import type { ContentTexts } from '../../engine/model-types';
import type { AnswerDistribution, WorkshopParticipant } from '../../engine/summarize-workshop';
import { useLevelDescriptors } from '../../model/level-descriptors';
import { model } from '../../model/structure';

interface DistributionProps {
  summary: AnswerDistribution;
  texts: ContentTexts;
  participantCount: number;
  conditional: boolean;
  /** Larger type, for presentation mode. */
  large?: boolean;
}

/** How many chose each level, "don't know" and (conditional questions) "doesn't apply", as bars with their counts. */
export function AnswerDistributionList({ summary, texts, participantCount, conditional, large }: DistributionProps) {
  const { t } = useTranslation('workshop');
  const { t: tc } = useTranslation();
  const rows = [
    ...LEVELS.map((level) => ({ key: String(level), label: answerLabel(level, texts, tc('notAnswered')), count: summary.levelCounts[level] })),
    { key: DONT_KNOW, label: texts.scale.dontKnow, count: summary.dontKnowCount },
    ...(conditional || summary.notApplicableCount ? [{ key: NOT_APPLICABLE, label: texts.scale.notApplicable, count: summary.notApplicableCount }] : []),
  ];
  return (
    <ul className={large ? 'distribution distribution--large' : 'distribution'} aria-label={t('room.distributionLabel')}>
      {rows.map((row) => (
        <li key={row.key} className={row.key === DONT_KNOW || row.key === NOT_APPLICABLE ? 'distribution__row distribution__row--dk' : 'distribution__row'}>
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
  );
}

/** What each level of the question looks like in practice (the content's level descriptors). */
export function LevelDescriptors({ questionId, texts, className }: { questionId: string; texts: ContentTexts; className?: string }) {
  const { i18n } = useTranslation();
  const stageId = model.stages.find((s) => s.questions.some((q) => q.id === questionId))?.id;
  // The same per-stage chunks as the stage page; the list appears as soon as its stage's chunk is here.
  const levels = useLevelDescriptors(i18n.language, stageId)?.[questionId] ?? [];
  if (!levels.length) return null;
  return (
    <ol className={className ?? 'level-descriptors'} start={0}>
      {levels.map((text, level) => (
        <li key={level} value={level}>
          <strong>{level} · {texts.scale.levels[level]}</strong> {text}
        </li>
      ))}
    </ol>
  );
}

/** Participants' notes on one question, with their names when the facilitator shows names. */
export function participantNotes(questionId: string, participants: readonly WorkshopParticipant[]) {
  return participants.flatMap((p) => {
    const note = p.notes?.[questionId]?.trim();
    return note ? [{ participantId: p.id, name: p.name, note }] : [];
  });
}

interface EvidenceProps {
  questionId: string;
  texts: ContentTexts;
  participants: readonly WorkshopParticipant[];
  names: Map<string, string> | null;
}

/** The evidence behind a question, folded: the participants' notes and the level descriptors. */
export function QuestionEvidence({ questionId, texts, participants, names }: EvidenceProps) {
  const { t } = useTranslation('workshop');
  const notes = participantNotes(questionId, participants);
  return (
    <details className="room-question__evidence">
      <summary>{notes.length ? t('room.evidenceNotes', { count: notes.length }) : t('room.evidence')}</summary>
      <div className="room-question__evidence-body">
        <div>
          <h4>{t('room.notesTitle')}</h4>
          {notes.length ? (
            <ul className="note-list">
              {notes.map((n) => (
                <li key={n.participantId}>
                  <strong>{names ? names.get(n.participantId) : t('room.anonymousNote')}:</strong> {n.note}
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint">{t('room.noNotes')}</p>
          )}
        </div>
        <div>
          <h4>{t('room.levelsTitle')}</h4>
          <LevelDescriptors questionId={questionId} texts={texts} />
        </div>
      </div>
    </details>
  );
}
