import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScaleQuestion } from '../../components/scale-question';
import type { AnswerValue } from '../../engine/answers';
import { NOTE_MAX_LENGTH } from '../../engine/limits';

interface QuestionFieldProps {
  questionId: string;
  number: number;
  statement: string;
  help: string;
  levelLabels: string[];
  dontKnowLabel: string;
  value: AnswerValue | undefined;
  note: string;
  onAnswer: (questionId: string, value: AnswerValue) => void;
  onNote: (questionId: string, note: string) => void;
}

/** One question of the questionnaire: the shared scale question, with help and a note on demand. */
export const QuestionField = memo(function QuestionField(props: QuestionFieldProps) {
  const { questionId, number, statement, help, levelLabels, dontKnowLabel, value, note, onAnswer, onNote } = props;
  const { t } = useTranslation('questionnaire');
  const id = useId();
  const [helpOpen, setHelpOpen] = useState(false);
  const [noteOpen, setNoteOpen] = useState(Boolean(note));
  const helpId = `${id}-help`;
  const noteId = `${id}-note`;
  return (
    <ScaleQuestion
      id={`q-${questionId}`}
      number={number}
      statement={statement}
      name={`${id}-answer`}
      scale={{ levels: levelLabels, dontKnow: dontKnowLabel }}
      value={value}
      onChange={(option) => onAnswer(questionId, option)}
    >
      <div className="question__tools">
        <button type="button" className="link-button" aria-expanded={helpOpen} aria-controls={helpId} onClick={() => setHelpOpen(!helpOpen)}>
          {helpOpen ? t('hideHelp') : t('showHelp')}
        </button>
        <button type="button" className="link-button" aria-expanded={noteOpen} aria-controls={noteId} onClick={() => setNoteOpen(!noteOpen)}>
          {noteOpen ? t('hideNote') : note ? t('editNote') : t('addNote')}
        </button>
      </div>
      <div id={helpId} className="question__help" hidden={!helpOpen}>
        <p>
          <strong>{t('helpLead')}</strong> {help}
        </p>
      </div>
      <div id={noteId} className="question__note" hidden={!noteOpen}>
        <label htmlFor={`${id}-note-input`}>{t('noteLabel')}</label>
        <textarea
          id={`${id}-note-input`}
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={note}
          onChange={(e) => onNote(questionId, e.target.value)}
        />
      </div>
    </ScaleQuestion>
  );
});
