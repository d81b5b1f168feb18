import type { ReactNode } from 'react';
import { type AnswerValue, DONT_KNOW, type Level, LEVELS } from '../engine/answers';

const OPTIONS: readonly (Level | typeof DONT_KNOW)[] = [...LEVELS, DONT_KNOW];

interface AnswerScaleProps {
  /** The radios' shared name: one group per question. */
  name: string;
  /** The level labels in order (0-4) and the "don't know" label, from the content's scale. */
  scale: { levels: string[]; dontKnow: string };
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
}

/** The six native radios of the answer scale (levels 0-4 and "don't know"), as the questionnaire and a workshop turn show them. */
export function AnswerScale({ name, scale, value, onChange }: AnswerScaleProps) {
  return (
    <div className="scale">
      {OPTIONS.map((option) => (
        <label key={String(option)} className={option === DONT_KNOW ? 'scale__option scale__option--dk' : 'scale__option'}>
          <input type="radio" name={name} value={String(option)} checked={value === option} onChange={() => onChange(option)} />
          <span className="scale__text">
            {option !== DONT_KNOW && <span className="scale__value">{option}</span>}
            <span className="scale__label">{option === DONT_KNOW ? scale.dontKnow : scale.levels[option]}</span>
          </span>
        </label>
      ))}
    </div>
  );
}

interface ScaleQuestionProps extends AnswerScaleProps {
  /** The question's number within its stage (decorative: the legend names the question). */
  number: number;
  statement: string;
  id?: string;
  /** Whatever follows the scale inside the fieldset (help, note). */
  children?: ReactNode;
}

/** One question on the scale: a fieldset whose legend is the statement, with its number beside it. */
export function ScaleQuestion({ number, statement, id, children, ...scale }: ScaleQuestionProps) {
  return (
    <div className="question" id={id}>
      <span className="question__number" aria-hidden="true">
        {number}
      </span>
      <fieldset className="question__fieldset">
        <legend className="question__statement">{statement}</legend>
        <AnswerScale {...scale} />
        {children}
      </fieldset>
    </div>
  );
}
