import { useEffect, useMemo } from 'react';
import { preloadReportRenderer } from '../../report/download-report';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../components/use-page-title';
import { assess } from '../../engine/assess';
import { findUnanswered } from '../../engine/progress';
import { useContentTexts } from '../../model/content-texts';
import { model } from '../../model/structure';
import { useAssessmentStore } from '../../state/assessment-store';
import { CoverageSummary } from './coverage-summary';
import { PlacementSummary } from './placement-summary';
import { ReportButton } from './report-button';
import { RoadmapSection } from './roadmap-section';
import { StageScores } from './stage-scores';
import { WhyNotNext } from './why-not-next';

export function ResultsPage() {
  const { t } = useTranslation('results');
  const texts = useContentTexts();
  const answers = useAssessmentStore((s) => s.answers);
  const organization = useAssessmentStore((s) => s.profile.organization);
  const result = useMemo(() => assess(model, answers), [answers]);
  const unanswered = useMemo(() => findUnanswered(model, answers), [answers]);
  usePageTitle(t('title'));
  // The PDF code is fetched once the page is idle, so a click produces the file at once.
  useEffect(() => {
    const warm = () => void preloadReportRenderer().catch(() => undefined);
    const idle = window.requestIdleCallback?.(warm, { timeout: 3000 });
    const timer = idle === undefined ? window.setTimeout(warm, 1500) : undefined;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, []);

  return (
    <div className="page results">
      <header className="results__header">
        <p className="eyebrow">{organization || texts.modelName}</p>
        <h1>{t('title')}</h1>
      </header>
      {result.answeredCount + result.dontKnowCount === 0 && (
        <p className="notice notice--warn">
          {t('empty')} <Link to="/stage/1">{t('emptyLink')}</Link>
        </p>
      )}
      <section className="card results-actions" aria-label={t('actionsLabel')}>
        <ReportButton />
      </section>
      <PlacementSummary result={result} texts={texts} />
      <div className="results__grid">
        <StageScores result={result} texts={texts} />
        <CoverageSummary result={result} unanswered={unanswered} />
      </div>
      <WhyNotNext result={result} texts={texts} />
      <RoadmapSection result={result} texts={texts} />
    </div>
  );
}
