import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnswerValue, DONT_KNOW, isLevel, type Level, LEVELS, NOT_APPLICABLE } from '../engine/answers';
import type { ContentTexts, QuestionStructure } from '../engine/model-types';
import { model } from '../model/structure';
import './scale-question.css';

type Option = Level | typeof DONT_KNOW | typeof NOT_APPLICABLE;
const OPTIONS: readonly Option[] = [...LEVELS, DONT_KNOW];
const OPTIONS_WITH_NOT_APPLICABLE: readonly Option[] = [...OPTIONS, NOT_APPLICABLE];

interface AnswerScaleProps {
  /** The radios' shared name: one group per question. */
  name: string;
  /** The level labels in order (0-4), the "don't know" and "doesn't apply" labels, from the content's scale. */
  scale: ContentTexts['scale'];
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  /** Offers "doesn't apply" as a seventh option: on questions the content marks conditional only. */
  notApplicable?: boolean;
  /** The id of the element that describes a level (what it looks like for this question), when there is one. */
  describedBy?: (level: Level) => string | undefined;
}

const optionLabel = (option: Option, scale: ContentTexts['scale']) =>
  option === DONT_KNOW ? scale.dontKnow : option === NOT_APPLICABLE ? scale.notApplicable : scale.levels[option];

/** The native radios of the answer scale (levels 0-4, "don't know", and "doesn't apply" where offered). */
export function AnswerScale({ name, scale, value, onChange, notApplicable = false, describedBy }: AnswerScaleProps) {
  const options = notApplicable ? OPTIONS_WITH_NOT_APPLICABLE : OPTIONS;
  return (
    <div className={notApplicable ? 'scale scale--with-na' : 'scale'}>
      {options.map((option) => (
        <label key={String(option)} className={isLevel(option) ? 'scale__option' : 'scale__option scale__option--dk'}>
          <input
            type="radio"
            name={name}
            value={String(option)}
            checked={value === option}
            onChange={() => onChange(option)}
            aria-describedby={isLevel(option) ? describedBy?.(option) : undefined}
          />
          <span className="scale__text">
            {isLevel(option) && <span className="scale__value">{option}</span>}
            <span className="scale__label">{optionLabel(option, scale)}</span>
          </span>
        </label>
      ))}
    </div>
  );
}

interface ScaleQuestionProps extends Omit<AnswerScaleProps, 'notApplicable' | 'describedBy'> {
  /** The question's number within its stage (decorative: the legend names the question). */
  number: number;
  statement: string;
  id?: string;
  /** Whether the question is an essential practice, and whether "doesn't apply" is offered (the model's flags). */
  question: Pick<QuestionStructure, 'essential' | 'conditional'>;
  /** When a conditional question applies, from the content. */
  condition?: string;
  /** What each level (0-4) looks like for this question; undefined while they load. */
  descriptors?: readonly string[];
  /** More buttons for the row under the scale (a note...). */
  tools?: ReactNode;
  /** Whatever follows inside the fieldset (the panels those buttons open). */
  children?: ReactNode;
}

/**
 * One question on the scale, as the questionnaire and a workshop turn show it: a fieldset whose legend is the
 * statement (marked when essential), the condition of a conditional question, the scale, and what each level looks
 * like on demand. Each level's radio is described by its descriptor, which stays in the page while the list is
 * closed, so a screen-reader user hears it when choosing.
 */
export function ScaleQuestion(props: ScaleQuestionProps) {
  const { number, statement, id, question, condition, descriptors, tools, children, ...scale } = props;
  const { t } = useTranslation('scale');
  const [levelsOpen, setLevelsOpen] = useState(false);
  const levelsId = `${scale.name}-levels`;
  const descriptorId = (level: Level) => `${scale.name}-level-${level}`;
  const floor = model.scoring.essentialFloor;
  return (
    <div className="question" id={id}>
      <span className="question__number" aria-hidden="true">
        {number}
      </span>
      <fieldset className="question__fieldset" data-essential={question.essential ? 'true' : undefined}>
        <legend className="question__statement">
          {statement}
          {question.essential && (
            <>
              {' '}
              <span className="question__essential">{t('essential')}</span>
            </>
          )}
        </legend>
        {question.essential && <p className="question__meta">{t('essentialNote', { level: floor, label: scale.scale.levels[floor] ?? '' })}</p>}
        {question.conditional && condition && <p className="question__meta question__condition">{condition}</p>}
        <AnswerScale {...scale} notApplicable={question.conditional} describedBy={descriptors ? descriptorId : undefined} />
        <div className="question__tools">
          {descriptors && (
            <button type="button" className="link-button" aria-expanded={levelsOpen} aria-controls={levelsId} onClick={() => setLevelsOpen(!levelsOpen)}>
              {levelsOpen ? t('hideLevels') : t('showLevels')}
            </button>
          )}
          {tools}
        </div>
        {descriptors && (
          // Closed, the list is hidden yet stays in the page: the radios' descriptions point at its texts.
          <ol id={levelsId} className="level-list" hidden={!levelsOpen}>
            {LEVELS.map((level) => (
              <li key={level} className={scale.value === level ? 'level-list__item level-list__item--chosen' : 'level-list__item'}>
                <span className="level-list__value">{level}</span>
                <span className="level-list__text">
                  <strong className="level-list__label">{scale.scale.levels[level]}</strong>{' '}
                  <span id={descriptorId(level)}>{descriptors[level]}</span>
                </span>
              </li>
            ))}
          </ol>
        )}
        {children}
      </fieldset>
    </div>
  );
}
