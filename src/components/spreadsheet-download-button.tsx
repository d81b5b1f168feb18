import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DownloadSpreadsheetOptions, downloadSpreadsheet, preloadSpreadsheetWriter, type SpreadsheetFormat } from '../export/download-spreadsheet';
import { isChunkLoadError } from './chunk-load-error';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'error'; reload: boolean };

interface Props {
  /** What goes in the spreadsheet, read at click time so it is never a stale render's. */
  spreadsheetOptions: () => Omit<DownloadSpreadsheetOptions, 'format' | 'lang'>;
}

/** "Download Excel (XLSX)" and "Download answers (CSV)", in the app's language; the writer's code loads on demand. */
export function SpreadsheetDownloadButtons({ spreadsheetOptions }: Props) {
  const { t, i18n } = useTranslation('downloads');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const generate = async (format: SpreadsheetFormat) => {
    if (status.kind === 'busy') return;
    setStatus({ kind: 'busy' });
    try {
      const fileName = await downloadSpreadsheet({ ...spreadsheetOptions(), format, lang: i18n.language });
      setStatus({ kind: 'done', fileName });
    } catch (error) {
      console.error(error);
      setStatus({ kind: 'error', reload: isChunkLoadError(error) });
    }
  };
  const warmUp = () => void preloadSpreadsheetWriter().catch(() => undefined);

  return (
    <div className="spreadsheet-buttons">
      <p className="hint">{t('spreadsheetButton.hint')}</p>
      <div className="actions">
        {(['xlsx', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            onClick={() => void generate(format)}
            onPointerEnter={warmUp}
            onFocus={warmUp}
            aria-disabled={status.kind === 'busy'}
          >
            {t(`spreadsheetButton.${format}`)}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite">
        {status.kind === 'busy' ? t('spreadsheetButton.generating') : status.kind === 'done' ? t('spreadsheetButton.done', { fileName: status.fileName }) : ''}
      </p>
      {status.kind === 'error' && (
        <p role="alert" className="report-button__error">
          {status.reload ? t('spreadsheetButton.updated') : t('spreadsheetButton.error')}
        </p>
      )}
    </div>
  );
}
