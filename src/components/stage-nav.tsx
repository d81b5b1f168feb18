import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import type { Answers } from '../engine/answers';
import { countAnswered } from '../engine/progress';
import type { StageStructure } from '../engine/model-types';
import { model } from '../model/structure';
import './stage-nav.css';

type Target =
  /** Each stage is a page of its own: links, the current one marked by the router. */
  | { linkTo: (order: number) => string; onSelect?: never; current?: never }
  /** The stages are steps within one page: buttons, the current one marked as the step. */
  | { onSelect: (order: number) => void; current: number; linkTo?: never };

type StageNavProps = Target & {
  /** The navigation's accessible name. */
  label: string;
  answers: Answers;
  /** Each stage's accessible name, from how many of its questions are answered. */
  itemLabel: (stage: StageStructure, answered: number) => string;
  /** Show a check mark instead of the number on a complete stage. */
  checkComplete?: boolean;
  /** What precedes the list inside the navigation (a summary, a progress bar). */
  children?: ReactNode;
};

/** A direct way to every stage, each marked complete or partly answered: the questionnaire's and a workshop turn's. */
export function StageNav({ label, answers, current, itemLabel, checkComplete = false, children, linkTo, onSelect }: StageNavProps) {
  return (
    <nav className="stage-progress" aria-label={label}>
      {children}
      <ol className="stage-progress__list">
        {model.stages.map((stage) => {
          const done = countAnswered(stage, answers);
          const complete = done === stage.questions.length;
          const className = complete ? 'stage-link stage-link--complete' : done ? 'stage-link stage-link--partial' : 'stage-link';
          const face = checkComplete && complete ? '✓' : stage.order;
          return (
            <li key={stage.id}>
              {linkTo ? (
                <NavLink to={linkTo(stage.order)} className={className} aria-label={itemLabel(stage, done)}>
                  <span aria-hidden="true">{face}</span>
                </NavLink>
              ) : (
                <button
                  type="button"
                  className={`${className}${stage.order === current ? ' active' : ''}`}
                  aria-current={stage.order === current ? 'step' : undefined}
                  aria-label={itemLabel(stage, done)}
                  onClick={() => onSelect(stage.order)}
                >
                  {face}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
