import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { contentLanguages } from 'virtual:peldano/texts';
import { hasBranding } from '../engine/saved-branding';
import { type DownloadReportOptions, downloadReport, preloadReportRenderer, reportLanguages } from '../report/download-report';
import type { ReportEdition } from '../report/report-model';
import { brandingForReport, useBrandingStore } from '../state/branding-store';
import { isChunkLoadError } from './chunk-load-error';
import { languageName } from './language-name';

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
  const { t: td } = useTranslation('downloads');
  const selectId = useId();
  const editionId = useId();
  const reasonId = useId();
  // The full report by default: what the button always made; the executive one is a choice.
  const [edition, setEdition] = useState<ReportEdition>('full');
  const brandName = useBrandingStore((s) => s.name.trim());
  const branded = useBrandingStore(hasBranding);
  // null follows the app's language until the user picks one for the report.
  const [chosenLang, setChosenLang] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const appLang = i18n.language;
  const reportLang = chosenLang && languages.includes(chosenLang) ? chosenLang : appLang;

  const generate = async () => {
    if (status.kind === 'busy' || unavailableReason) return;
    setStatus({ kind: 'busy' });
    try {
      // Branding is read at click time too: set in another tab a moment ago, it is already here (merged across tabs).
      const fileName = await downloadReport({ ...reportOptions(reportLang), edition, branding: brandingForReport() });
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
      <div className="report-button__language">
        <label htmlFor={editionId}>{td('reportEdition.label')}</label>
        <select id={editionId} value={edition} aria-describedby={`${editionId}-hint`} onChange={(event) => setEdition(event.target.value as ReportEdition)}>
          <option value="executive">{td('reportEdition.executive')}</option>
          <option value="full">{td('reportEdition.full')}</option>
        </select>
        <p id={`${editionId}-hint`} className="hint">
          {td('reportEdition.hint')}
        </p>
      </div>
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
      <p className="hint report-button__branding">
        {branded && <>{brandName ? td('reportEdition.brandedAs', { name: brandName }) : td('reportEdition.brandedUnnamed')} </>}
        <Link to="/branding">{branded ? td('reportEdition.changeBranding') : td('reportEdition.addBranding')}</Link>
      </p>
    </div>
  );
}
