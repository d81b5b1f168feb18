import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contentLanguages } from 'virtual:peldano/texts';
import { downloadReport, preloadReportRenderer, reportLanguages } from '../../report/download-report';
import type { ReportStrings } from '../../report/report-model';
import { useAssessmentStore } from '../../state/assessment-store';
import { languageName } from '../../components/language-name';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'error' };

const languages = reportLanguages.filter((lang) => contentLanguages.includes(lang));

/** "Download PDF report", with a choice of report language that leaves the app's language alone. */
export function ReportButton() {
  const { i18n } = useTranslation();
  const selectId = useId();
  // null follows the app's language until the user picks one for the report.
  const [chosenLang, setChosenLang] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const appLang = i18n.language;
  const reportLang = chosenLang && languages.includes(chosenLang) ? chosenLang : appLang;
  // The 'report' bundle comes with the results page's strings; if it is not in yet, load it here.
  const strings = i18n.getResourceBundle(appLang, 'report') as ReportStrings | undefined;
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (!strings) void i18n.loadNamespaces('report').then(() => setLoads((n) => n + 1));
  }, [strings, i18n]);
  if (!strings) return null;
  const t = strings.button;

  const generate = async () => {
    if (status.kind === 'busy') return;
    setStatus({ kind: 'busy' });
    try {
      // Read at click time: the latest answers, never a stale render's.
      const { answers, notes, profile } = useAssessmentStore.getState();
      const fileName = await downloadReport({ lang: reportLang, answers, notes, profile });
      setStatus({ kind: 'done', fileName });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'error' });
    }
  };
  const warmUp = () => void preloadReportRenderer().catch(() => undefined);

  return (
    <div className="report-button">
      {languages.length > 1 && (
        <div className="report-button__language">
          <label htmlFor={selectId}>{t.language}</label>
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
        onPointerEnter={warmUp}
        onFocus={warmUp}
        aria-disabled={status.kind === 'busy'}
      >
        {t.label}
      </button>
      <p className="report-button__status" role="status" aria-live="polite">
        {status.kind === 'busy' ? t.generating : status.kind === 'done' ? t.done.replace('{{fileName}}', () => status.fileName) : ''}
      </p>
      {status.kind === 'error' && (
        <p role="alert" className="report-button__error">
          {t.error}
        </p>
      )}
    </div>
  );
}
