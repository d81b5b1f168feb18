import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScaleQuestion } from '../../components/scale-question';
import type { AnswerValue } from '../../engine/answers';
import { NOTE_MAX_LENGTH } from '../../engine/limits';
import type { ContentTexts, QuestionStructure } from '../../engine/model-types';

interface QuestionFieldProps {
  question: QuestionStructure;
  number: number;
  statement: string;
  condition: string | undefined;
  /** What each level looks like; undefined while they load. */
  descriptors: readonly string[] | undefined;
  scale: ContentTexts['scale'];
  value: AnswerValue | undefined;
  note: string;
  onAnswer: (questionId: string, value: AnswerValue) => void;
  onNote: (questionId: string, note: string) => void;
}

/** One question of the questionnaire: the shared scale question, with a note on demand. */
export const QuestionField = memo(function QuestionField(props: QuestionFieldProps) {
  const { question, number, statement, condition, descriptors, scale, value, note, onAnswer, onNote } = props;
  const { t } = useTranslation('questionnaire');
  const id = useId();
  const [noteOpen, setNoteOpen] = useState(Boolean(note));
  const noteId = `${id}-note`;
  return (
    <ScaleQuestion
      id={`q-${question.id}`}
      number={number}
      statement={statement}
      question={question}
      condition={condition}
      descriptors={descriptors}
      name={`${id}-answer`}
      scale={scale}
      value={value}
      onChange={(option) => onAnswer(question.id, option)}
      tools={
        <button type="button" className="link-button" aria-expanded={noteOpen} aria-controls={noteId} onClick={() => setNoteOpen(!noteOpen)}>
          {noteOpen ? t('hideNote') : note ? t('editNote') : t('addNote')}
        </button>
      }
    >
      <div id={noteId} className="question__note" hidden={!noteOpen}>
        <label htmlFor={`${id}-note-input`}>{t('noteLabel')}</label>
        <textarea
          id={`${id}-note-input`}
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onChange={(e) => onNote(question.id, e.target.value)}
        />
      </div>
    </ScaleQuestion>
  );
});
