import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useStore } from 'zustand';
import { model } from '../model/structure';
import { exportAssessment } from '../portability/assessment-file';
import { saveTextFile } from '../browser/save-download';
import { formatIsoDate } from '../browser/file-name';
import { storageStatus } from '../state/assessment-store';
import { snapshotAssessment } from '../state/backups';
import type { Recovery, StorageProblem } from '../state/safe-storage';

const PROBLEM_KEYS = {
  unavailable: 'storage.unavailable',
  full: 'storage.full',
  'newer-elsewhere': 'storage.newerElsewhere',
} as const satisfies Record<StorageProblem, string>;

/** Downloads the current answers as an assessment file, which the results page can import again. */
export function DownloadAnswersButton() {
  const { t, i18n } = useTranslation('app');
  const { t: tc } = useTranslation();
  const download = () => {
    const { text, fileName } = exportAssessment(snapshotAssessment(), { model, language: i18n.language, fileNamePrefix: tc('assessmentFilePrefix') });
    saveTextFile(text, fileName);
  };
  return (
    <button type="button" className="button button--small" onClick={download}>
      {t('storage.download')}
    </button>
  );
}

function RecoveryNotice({ recovery, index }: { recovery: Recovery; index: number }) {
  const { t } = useTranslation('app');
  const message =
    recovery.notice === 'older'
      ? t('recovery.older')
      : recovery.notice === 'newer'
        ? t('recovery.newer', { count: recovery.answers })
        : t('recovery.corrupt', { count: recovery.answers });
  const fileName = `${t('recovery.filePrefix')}-${formatIsoDate(new Date())}${index ? `-${index + 1}` : ''}.json`;
  return (
    <div className="actions">
      <p>{message}</p>
      <button type="button" className="button button--small" onClick={() => saveTextFile(recovery.raw, fileName)}>
        {t('recovery.download')}
      </button>
    </div>
  );
}

/**
 * Says, at the top of every page, when answers are not being saved (no storage, storage full, a newer
 * version in another tab) or when saved data had to be repaired or migrated; offers the data as files.
 */
export function StorageWarning() {
  const show = useStore(storageStatus, (s) => s.problem !== null || s.recoveries.length > 0);
  // The banners' texts load only when there is something to say (a boundary of their own: never the page's).
  return show ? (
    <Suspense fallback={null}>
      <StorageBanners />
    </Suspense>
  ) : null;
}

function StorageBanners() {
  const { t } = useTranslation('app');
  const { problem, recoveries } = useStore(storageStatus);
  return (
    <>
      {problem && (
        <div role="alert" className="notice notice--warn">
          <p>{t(PROBLEM_KEYS[problem])}</p>
          <div className="actions">
            <DownloadAnswersButton />
            <Link to="/results">{t('storage.exportLink')}</Link>
          </div>
        </div>
      )}
      {recoveries.length > 0 && (
        <div role="alert" className="notice notice--warn">
          {recoveries.map((recovery, index) => (
            <RecoveryNotice key={recovery.copyKey ?? index} recovery={recovery} index={index} />
          ))}
          <button type="button" className="link-button" onClick={() => storageStatus.setState({ recoveries: [] })}>
            {t('recovery.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
