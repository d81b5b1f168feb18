import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LadderFigure } from '../../components/ladder-figure';
import { usePageTitle } from '../../components/use-page-title';
import { useContentNames } from '../../model/content-texts';
import { modelOutline } from '../../model/outline';
import { OpenAssessmentFile } from './open-file';
import { useSavedWork } from './use-saved-work';

export function LandingPage() {
  const { t } = useTranslation('landing');
  const { t: tc } = useTranslation();
  const texts = useContentNames();
  // Saved work shows once hydrated, and only where there is some: the store's code is not part of the first page.
  const savedWork = useSavedWork();
  usePageTitle(t('title'));

  const { stages, questionCount } = modelOutline;
  const stageNames = stages.map((s) => texts.stages[s.id]?.name ?? s.id);
  const minutes = Math.round((questionCount * 20) / 60 / 5) * 5;
  const start = (
    <div className="actions">
      <Link className="button button--primary" to="/profile">
        {t('start')}
      </Link>
    </div>
  );

  return (
    <div className="landing">
      <section className="landing__hero" aria-labelledby="landing-title">
        <div className="landing__intro">
          <p className="eyebrow">{texts.modelName}</p>
          <h1 id="landing-title">{t('title')}</h1>
          <p className="lead">{t('lead')}</p>
          <ul className="facts">
            <li>{t('facts.questions', { count: questionCount, minutes })}</li>
            <li>{t('facts.privacy')}</li>
            <li>{t('facts.resume')}</li>
          </ul>
          {savedWork ? <savedWork.SavedWorkActions>{start}</savedWork.SavedWorkActions> : start}
          <OpenAssessmentFile />
        </div>
        <figure className="landing__ladder">
          <LadderFigure stageNames={stageNames} placement={0} currentLabel={tc('currentPosition')} />
          <figcaption>{t('ladderCaption')}</figcaption>
        </figure>
      </section>
      <section className="landing__how" aria-labelledby="how-title">
        <h2 id="how-title">{t('how.title')}</h2>
        <ol className="steps">
          <li>{t('how.answer')}</li>
          <li>{t('how.place')}</li>
          <li>{t('how.roadmap')}</li>
        </ol>
        <p>
          <Link to="/model">{t('how.modelLink')}</Link>
        </p>
      </section>
    </div>
  );
}
