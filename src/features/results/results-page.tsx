import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { assess } from '../../engine/assess';
import { findUnanswered } from '../../engine/progress';
import { checkResultReadiness } from '../../engine/result-readiness';
import { useContentTexts } from '../../model/content-texts';
import { model } from '../../model/structure';
import { useAssessmentStore } from '../../state/assessment-store';
import { ComparePanel } from './compare-panel';
import { CoverageSummary } from './coverage-summary';
import { ExportImportPanel } from './export-import-panel';
import { NotReadyNotice } from './not-ready-notice';
import { OpenedFileNotice } from './opened-file-notice';
import { PlacementSummary } from './placement-summary';
import { ReportButton } from './report-button';
import { RoadmapSection } from './roadmap-section';
import { ShareLinkPanel } from './share-link-panel';
import { SpreadsheetButton } from './spreadsheet-button';
import { StageScores } from './stage-scores';
import { WhyNotNext } from './why-not-next';

export function ResultsPage() {
  const { t } = useTranslation('results');
  const texts = useContentTexts();
  const answers = useAssessmentStore((s) => s.answers);
  const organization = useAssessmentStore((s) => s.profile.organization);
  const sector = useAssessmentStore((s) => s.profile.sector);
  const size = useAssessmentStore((s) => s.profile.size);
  const { t: tp } = useTranslation('profile');
  const result = useMemo(() => assess(model, answers), [answers]);
  const unanswered = useMemo(() => findUnanswered(model, answers), [answers]);
  const readiness = checkResultReadiness(result);
  usePageTitle(t('title'));

  return (
    <div className="page results">
      <header className="results__header">
        <p className="eyebrow">{organization || texts.modelName}</p>
        <h1>{t('title')}</h1>
        {(sector || size) && (
          // What the profile asked "to personalise the report" shows here too; an empty field is left out.
          <dl className="results__profile">
            {sector && (
              <div>
                <dt>{t('profileFacts.sector')}</dt>
                <dd>{tp(`sectors.${sector}`)}</dd>
              </div>
            )}
            {size && (
              <div>
                <dt>{t('profileFacts.size')}</dt>
                <dd>{t('profileFacts.sizeValue', { size: tp(`sizes.${size}`) })}</dd>
              </div>
            )}
          </dl>
        )}
      </header>
      <OpenedFileNotice />
      {readiness.kind !== 'ready' && <NotReadyNotice readiness={readiness} />}
      <section className="card results-actions" aria-label={t('actionsLabel')}>
        <ReportButton unavailable={readiness.kind !== 'ready'} />
        {readiness.kind !== 'empty' && <SpreadsheetButton />}
      </section>
      {readiness.kind === 'ready' ? (
        <>
          <PlacementSummary result={result} texts={texts} />
          <div className="results__grid">
            <StageScores result={result} texts={texts} />
            <CoverageSummary result={result} unanswered={unanswered} />
          </div>
          <WhyNotNext result={result} texts={texts} />
          <RoadmapSection result={result} texts={texts} />
          <ComparePanel texts={texts} />
        </>
      ) : (
        // How far the answers go is still worth seeing: what is answered, what is "don't know", what is left.
        readiness.kind !== 'empty' && <CoverageSummary result={result} unanswered={unanswered} />
      )}
      <ExportImportPanel />
      <ShareLinkPanel />
    </div>
  );
}
