import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentLanguages } from 'virtual:peldano/texts';
import { type DownloadReportOptions, downloadReport, preloadReportRenderer, reportLanguages } from '../report/download-report';
import { isChunkLoadError } from './chunk-load-error';
import { languageName } from './language-name';
import './report-download-button.css';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'error'; reload: boolean };

const languages = reportLanguages.filter((lang) => contentLanguages.includes(lang));

interface Props {
  /** What the report is about, read at click time so it is never a stale render's. */
  reportOptions: (lang: string) => DownloadReportOptions;
  /** Defaults to "Download PDF report". */
  label?: string;
  /** Why no report can be made yet, shown beside the button, which then stays focusable but does nothing. */
  unavailableReason?: string;
}

/** A PDF report button with a choice of report language that leaves the app's language alone. */
export function ReportDownloadButton({ reportOptions, label, unavailableReason }: Props) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const reasonId = useId();
  // null follows the app's language until the user picks one for the report.
  const [chosenLang, setChosenLang] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const appLang = i18n.language;
  const reportLang = chosenLang && languages.includes(chosenLang) ? chosenLang : appLang;

  const generate = async () => {
    if (status.kind === 'busy' || unavailableReason) return;
    setStatus({ kind: 'busy' });
    try {
      const fileName = await downloadReport(reportOptions(reportLang));
      setStatus({ kind: 'done', fileName });
    } catch (error) {
      console.error(error);
      // After an update the renderer's files may be gone: only a reload helps then, not trying again.
      setStatus({ kind: 'error', reload: isChunkLoadError(error) });
    }
  };
  const warmUp = () => void preloadReportRenderer().catch(() => undefined);

  return (
    <div className="report-button">
      {languages.length > 1 && (
        <div className="report-button__language">
          <label htmlFor={selectId}>{t('reportButton.language')}</label>
          <select id={selectId} value={reportLang} onChange={(event) => setChosenLang(event.target.value)}>
            {languages.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {languageName(lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={() => void generate()}
        onPointerEnter={unavailableReason ? undefined : warmUp}
        onFocus={unavailableReason ? undefined : warmUp}
        // aria-disabled rather than disabled: the button stays in the tab order, and its description says why.
        aria-disabled={status.kind === 'busy' || Boolean(unavailableReason)}
        aria-describedby={unavailableReason ? reasonId : undefined}
      >
        {label ?? t('reportButton.label')}
      </button>
      {unavailableReason && (
        <p id={reasonId} className="hint report-button__unavailable">
          {unavailableReason}
        </p>
      )}
      <p className="report-button__status" role="status" aria-live="polite">
        {status.kind === 'busy' ? t('reportButton.generating') : status.kind === 'done' ? t('reportButton.done', { fileName: status.fileName }) : ''}
      </p>
      {status.kind === 'error' && (
        <p role="alert" className="report-button__error">
          {status.reload ? t('failure.report') : t('reportButton.error')}
        </p>
      )}
    </div>
  );
}
