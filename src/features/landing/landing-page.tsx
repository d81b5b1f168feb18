import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LadderFigure } from '../../components/ladder-figure';
import { useHydrated } from '../../components/use-hydrated';
import { usePageTitle } from '../../components/use-page-title';
import { findResumeStage } from '../../engine/progress';
import { hasSavedWork, useAssessmentStore } from '../../state/assessment-store';
import { useContentNames } from '../../model/content-texts';
import { OpenAssessmentFile } from './open-file';
import { model, questionCount } from '../../model/structure';

export function LandingPage() {
  const { t } = useTranslation('landing');
  const { t: tc } = useTranslation();
  const texts = useContentNames();
  const navigate = useNavigate();
  const state = useAssessmentStore();
  // Saved work shows once hydrated: the landing pre-rendered into index.html knows no browser's storage.
  const saved = useHydrated() && hasSavedWork(state);
  const [confirming, setConfirming] = useState(false);
  usePageTitle(t('title'));

  const resumeStage = findResumeStage(model, state.answers);
  const resumeTo = resumeStage === null ? '/results' : `/stage/${resumeStage}`;
  const stageNames = model.stages.map((s) => texts.stages[s.id]?.name ?? s.id);
  const minutes = Math.round((questionCount * 20) / 60 / 5) * 5;

  const startOver = async () => {
    // The backups' code loads on this click: the first page does not carry it.
    const backupId = (await import('../../state/backups')).startOver();
    setConfirming(false);
    navigate('/profile', { state: { startedOver: true, backupId } });
  };

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
          <div className="actions">
            {saved ? (
              <>
                <Link className="button button--primary" to={resumeTo}>
                  {t('continue')}
                </Link>
                <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
                  {t('startNew')}
                </button>
              </>
            ) : (
              <Link className="button button--primary" to="/profile">
                {t('start')}
              </Link>
            )}
          </div>
          {saved && <p className="hint">{t('savedHint', { answered: Object.keys(state.answers).length, total: questionCount })}</p>}
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
      {/* Only with saved work is there anything to start over from (and the pre-rendered landing carries no dialog). */}
      {saved && (
        <ConfirmDialog
          open={confirming}
          title={tc('startOver.title')}
          message={tc('startOver.message')}
          confirmLabel={tc('startOver.confirm')}
          onConfirm={() => void startOver()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
