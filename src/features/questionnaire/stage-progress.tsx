import { useTranslation } from 'react-i18next';
import { StageNav } from '../../components/stage-nav';
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
    <StageNav
      label={t('stagesNav')}
      answers={answers}
      linkTo={(order) => `/stage/${order}`}
      checkComplete
      itemLabel={(stage, done) =>
        t('stageLinkLabel', { n: stage.order, name: texts.stages[stage.id]?.name ?? stage.id, answered: done, total: stage.questions.length })
      }
    >
      <p className="stage-progress__summary">
        {t('progress', { current, total: model.stages.length, answered, questions: questionCount })}
      </p>
      <div className="stage-progress__bar" aria-hidden="true">
        <span style={{ width: `${(100 * answered) / questionCount}%` }} />
      </div>
    </StageNav>
  );
}
