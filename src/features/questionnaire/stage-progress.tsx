import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { Answers } from '../../engine/answers';
import { countAnswered } from '../../engine/progress';
import type { ContentTexts } from '../../engine/model-types';
import { model, questionCount } from '../../model/structure';

interface StageProgressProps {
  current: number;
  answers: Answers;
  texts: ContentTexts;
}

/** Where the user is (stage n of 10, questions answered) and a direct link to every stage. */
export function StageProgress({ current, answers, texts }: StageProgressProps) {
  const { t } = useTranslation('questionnaire');
  const answered = model.stages.reduce((n, s) => n + countAnswered(s, answers), 0);
  return (
    <nav className="stage-progress" aria-label={t('stagesNav')}>
      <p className="stage-progress__summary">
        {t('progress', { current, total: model.stages.length, answered, questions: questionCount })}
      </p>
      <div className="stage-progress__bar" aria-hidden="true">
        <span style={{ width: `${(100 * answered) / questionCount}%` }} />
      </div>
      <ol className="stage-progress__list">
        {model.stages.map((stage) => {
          const done = countAnswered(stage, answers);
          const complete = done === stage.questions.length;
          return (
            <li key={stage.id}>
              <NavLink
                to={`/stage/${stage.order}`}
                className={complete ? 'stage-link stage-link--complete' : done ? 'stage-link stage-link--partial' : 'stage-link'}
                aria-label={t('stageLinkLabel', {
                  n: stage.order,
                  name: texts.stages[stage.id]?.name ?? stage.id,
                  answered: done,
                  total: stage.questions.length,
                })}
              >
                <span aria-hidden="true">{complete ? '✓' : stage.order}</span>
              </NavLink>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
