import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useStore } from 'zustand';
import { useAssessmentDownload } from '../components/use-data-download';
import { useWorkshopDownload } from '../components/use-workshop-download';
import { saveTextFile } from '../browser/save-download';
import { formatIsoDate } from '../browser/file-name';
import { useWorkshopStore, workshopStorageStatus } from '../features/workshop/workshop-store';
import { snapshotAssessment, storageStatus } from '../state/assessment-store';
import { planStorageStatus } from '../state/plan-store';
import { milestoneStorageStatus } from '../state/milestone-store';
import { planCodec } from '../engine/saved-plan';
import { milestonesCodec } from '../engine/milestones';
import type { Recovery, StorageProblem, StorageStatusStore } from '../state/safe-storage';
import { assessmentCodec } from '../engine/saved-assessment';
import { workshopCodec } from '../engine/saved-workshop';
import { readStored } from '../engine/stamped-data';
import { DownloadAnswersButton } from './download-answers-button';

const PROBLEM_KEYS = {
  unavailable: 'storage.unavailable',
  full: 'storage.full',
  'newer-elsewhere': 'storage.newerElsewhere',
} as const satisfies Record<StorageProblem, string>;

type StoreKind = 'assessment' | 'workshop' | 'plan' | 'milestones';
/** Every persisted store whose saving the banners report; a new store adds a line here (and its files below). */
const STORES: readonly { kind: StoreKind; status: StorageStatusStore }[] = [
  { kind: 'assessment', status: storageStatus },
  { kind: 'workshop', status: workshopStorageStatus },
  { kind: 'plan', status: planStorageStatus },
  { kind: 'milestones', status: milestoneStorageStatus },
];

/**
 * Downloads the whole workshop (names, answers, agreed answers and reasons) as one file, which the workshop
 * page loads back (merging, so loading it never loses what is there).
 */
function DownloadWorkshopButton() {
  const { t } = useTranslation('app');
  const download = useWorkshopDownload();
  return (
    <button type="button" className="button button--small" onClick={() => download(useWorkshopStore.snapshot())}>
      {t('dataCare.downloadWorkshop')}
    </button>
  );
}

function recoveryMessage(t: ReturnType<typeof useTranslation<'app'>>['t'], kind: StoreKind, recovery: Recovery): string {
  const count = recovery.answers;
  if (recovery.notice === 'shortened') return '';
  if (kind === 'plan' || kind === 'milestones') {
    // The plan and milestones are read like the answers; "older" cannot happen yet (their first saved version).
    return recovery.notice === 'newer' ? t(`dataCare.${kind}Newer`, { count }) : t(`dataCare.${kind}Corrupt`, { count });
  }
  if (kind === 'workshop') {
    if (recovery.notice === 'older') return t('dataCare.workshopOlder');
    return recovery.notice === 'newer' ? t('dataCare.workshopNewer', { count }) : t('dataCare.workshopCorrupt', { count });
  }
  if (recovery.notice === 'older') return t('recovery.older');
  return recovery.notice === 'newer' ? t('recovery.newer', { count }) : t('recovery.corrupt', { count });
}

/**
 * What was recovered from the original, read again by the same sanitizer (null: nothing could be). A recovered plan
 * or list of milestones comes with the current assessment, as a file the results page imports.
 */
function readRecovered(kind: StoreKind, raw: string) {
  if (kind === 'workshop') return readStored(workshopCodec, raw).data;
  if (kind === 'plan') {
    const plan = readStored(planCodec, raw).data;
    return plan && { ...snapshotAssessment(), plan };
  }
  if (kind === 'milestones') {
    const list = readStored(milestonesCodec, raw).data;
    return list && { ...snapshotAssessment(), milestones: list.milestones };
  }
  return readStored(assessmentCodec, raw).data;
}

function RecoveryNotice({ kind, recovery, index }: { kind: StoreKind; recovery: Recovery; index: number }) {
  const { t, i18n } = useTranslation('app');
  const message = recoveryMessage(t, kind, recovery);
  const shortened = recovery.shortened?.length
    ? t('dataCare.shortened', {
        fields: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(recovery.shortened.map((field) => t(`dataCare.fields.${field}` as 'dataCare.fields.note', { defaultValue: field }))),
      })
    : '';
  const fileName = `${t('recovery.filePrefix')}-${formatIsoDate(new Date())}${index ? `-${index + 1}` : ''}.json`;
  const data = useMemo(() => readRecovered(kind, recovery.raw), [kind, recovery.raw]);
  // As a file the app reads back: an assessment file (Import on Results), or a workshop file (the workshop page).
  const downloadAssessment = useAssessmentDownload();
  const downloadWorkshop = useWorkshopDownload();
  const recovered = () => {
    if (!data) return;
    if ('participants' in data) downloadWorkshop(data);
    else downloadAssessment(data);
  };
  const hasRecovered = data !== null;
  return (
    <div className="storage-recovery">
      <p>
        {message} {shortened}
      </p>
      <div className="actions">
        {hasRecovered && (
          <button type="button" className="button button--small" onClick={recovered}>
            {t('dataCare.downloadRecovered')}
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => saveTextFile(recovery.raw, fileName)}>
          {t('recovery.download')}
        </button>
      </div>
      <p className="hint">
        {hasRecovered && (
          <>
            {kind === 'workshop' ? t('dataCare.recoveredWorkshopHint') : kind === 'assessment' ? t('dataCare.recoveredHint') : t('dataCare.recoveredPlanHint')}{' '}
          </>
        )}
        {t('dataCare.originalHint')}
      </p>
    </div>
  );
}

/** The banners themselves (a chunk of their own: they load only when there is something to say). */
export function StorageBanners() {
  const { t } = useTranslation('app');
  const assessment = useStore(storageStatus);
  const workshop = useStore(workshopStorageStatus);
  const plan = useStore(planStorageStatus);
  const milestones = useStore(milestoneStorageStatus);
  const workshopHasData = useWorkshopStore((s) => s.participants.length > 0 || s.title !== '');
  // The plan and milestones travel in the assessment's file: their problems offer the same download.
  const assessmentProblem = assessment.problem ?? plan.problem ?? milestones.problem;
  const problem = assessmentProblem ?? workshop.problem;
  const recoveries = [
    ...assessment.recoveries.map((recovery) => ({ kind: 'assessment' as const, recovery })),
    ...workshop.recoveries.map((recovery) => ({ kind: 'workshop' as const, recovery })),
    ...plan.recoveries.map((recovery) => ({ kind: 'plan' as const, recovery })),
    ...milestones.recoveries.map((recovery) => ({ kind: 'milestones' as const, recovery })),
  ];
  return (
    <>
      {problem && (
        <div role="alert" className="notice notice--warn">
          <p>{t(PROBLEM_KEYS[problem])}</p>
          <div className="actions">
            {(assessmentProblem || !workshopHasData) && <DownloadAnswersButton />}
            {workshop.problem && workshopHasData && <DownloadWorkshopButton />}
            {assessmentProblem && <Link to="/results">{t('storage.exportLink')}</Link>}
          </div>
          {workshop.problem && workshopHasData && <p className="hint">{t('dataCare.workshopHint')}</p>}
        </div>
      )}
      {recoveries.length > 0 && (
        <div role="alert" className="notice notice--warn">
          {recoveries.map(({ kind, recovery }, index) => (
            <RecoveryNotice key={`${kind}-${recovery.copyKey ?? index}`} kind={kind} recovery={recovery} index={index} />
          ))}
          <button type="button" className="link-button" onClick={() => STORES.forEach(({ status }) => status.setState({ recoveries: [] }))}>
            {t('recovery.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
