import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { FileChooserButton } from '../../components/file-chooser-button';
import { usePageTitle } from '../../components/use-page-title';
import { useReplaceWithUndo } from '../../components/use-replace-with-undo';
import { checkAccent, isHexColor } from '../../engine/brand-contrast';
import { type BrandingFileProblem, readBrandingFile, writeBrandingFile } from '../../engine/branding-file';
import { type BrandingData, BRANDING_CONTACT_MAX, BRANDING_FILE_MAX_BYTES, BRANDING_NAME_MAX, emptyBranding, hasBranding } from '../../engine/saved-branding';
import { buildFileName } from '../../browser/file-name';
import { saveTextFile } from '../../browser/save-download';
import { brandingStorageStatus, brandingTarget, snapshotBranding, useBrandingStore } from '../../state/branding-store';
import { importLogo, logoObjectUrl } from './import-logo';
import './branding.css';

const target = brandingTarget();
const DEFAULT_PICKER_COLOR = '#0f4c5c';

type Notice = { kind: 'ok'; text: string; undo?: () => void } | { kind: 'error'; text: string } | null;

/** The consultant's branding, set once per laptop: name, contact line, accent colour and logo, and its file. */
export function BrandingPage() {
  const { t, i18n } = useTranslation('branding');
  usePageTitle(t('title'));
  const name = useBrandingStore((s) => s.name);
  const contact = useBrandingStore((s) => s.contact);
  const accent = useBrandingStore((s) => s.accent);
  const logo = useBrandingStore((s) => s.logo);
  const { setName, setContact, setAccent, setLogo } = useBrandingStore.getState();
  const status = useStore(brandingStorageStatus);
  const ids = { name: useId(), contact: useId(), accent: useId(), logo: useId(), load: useId(), accentInfo: useId(), logoHint: useId() };
  const [logoNotice, setLogoNotice] = useState<Notice>(null);
  const [fileNotice, setFileNotice] = useState<Notice>(null);
  // The colour as last picked, so the screen can say when it was darkened to keep contrast.
  const [picked, setPicked] = useState<string | null>(null);

  const downloadBranding = (data: BrandingData = snapshotBranding()) => {
    const fileName = buildFileName(t('filePrefix'), data.name, new Date(), 'json');
    saveTextFile(writeBrandingFile(data), fileName);
    return fileName;
  };
  const replaceTexts = { downloadLabel: t('downloadBranding') };
  const loading = useReplaceWithUndo<BrandingData>(target, {
    reason: 'import',
    hasData: hasBranding,
    download: downloadBranding,
    texts: { ...replaceTexts, title: t('confirmTitle'), message: t('confirmMessage'), confirmLabel: t('confirmLoad') },
  });
  const resetting = useReplaceWithUndo<BrandingData>(target, {
    reason: 'reset',
    hasData: hasBranding,
    download: downloadBranding,
    texts: { ...replaceTexts, title: t('resetTitle'), message: t('resetMessage'), confirmLabel: t('reset') },
  });

  const number = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(Math.floor(value * 10) / 10);
  const pickedCheck = picked && isHexColor(picked) ? checkAccent(picked) : null;
  const current = accent ? checkAccent(accent) : null;
  const accentText = !accent
    ? t('accentNone')
    : pickedCheck?.adjusted && pickedCheck.color === accent
      ? t('accentAdjusted', { ratio: number(pickedCheck.ratio), color: accent, used: number(pickedCheck.usedRatio) })
      : t('accentValue', { color: accent, ratio: number(current!.usedRatio) });

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await importLogo(file);
    if (!result.ok) {
      setLogoNotice({ kind: 'error', text: t(`logoProblem.${result.problem}`) });
      return;
    }
    setLogo(result.logo);
    setLogoNotice({ kind: 'ok', text: t('logoAdded', { width: result.logo.width, height: result.logo.height }) });
  };

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refuse = (problem: BrandingFileProblem, fields?: string[]) =>
      setFileNotice({
        kind: 'error',
        text: t(`fileProblem.${problem}`, {
          fields: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
            [...new Set((fields ?? []).map((field) => t(`fieldNames.${field}` as 'fieldNames.file', { defaultValue: field })))],
          ),
        }),
      });
    if (file.size > BRANDING_FILE_MAX_BYTES) return refuse('too-large');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse('not-json');
    }
    const read = readBrandingFile(text, file.size);
    if (!read.ok) return refuse(read.problem, read.fields);
    setFileNotice(null);
    loading.request(read.branding, () => {
      setPicked(null);
      setFileNotice({
        kind: 'ok',
        text: t(read.accentAdjusted ? 'loadedAdjusted' : 'loaded', { fileName: file.name }),
        undo: () => setFileNotice(loading.undo() ? { kind: 'ok', text: t('undone') } : null),
      });
    });
  };

  const reset = () =>
    resetting.request(emptyBranding(), () => {
      setPicked(null);
      setLogoNotice(null);
      setFileNotice({ kind: 'ok', text: t('resetDone'), undo: () => setFileNotice(resetting.undo() ? { kind: 'ok', text: t('undone') } : null) });
    });

  return (
    <div className="page narrow branding">
      <header>
        <p className="eyebrow">{t('eyebrow')}</p>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </header>
      {status.problem && (
        <div role="alert" className="notice notice--warn">
          <p>{t('storageProblem')}</p>
          <button type="button" className="button button--small" onClick={() => downloadBranding()}>
            {t('download')}
          </button>
        </div>
      )}
      {status.recoveries.length > 0 && (
        <div role="alert" className="notice notice--warn">
          <p>{t('recovered')}</p>
          {status.recoveries.map((recovery, i) => (
            <button key={recovery.copyKey ?? i} type="button" className="button button--small" onClick={() => saveTextFile(recovery.raw, `${t('filePrefix')}-recovered-${i + 1}.json`)}>
              {t('recoveredDownload')}
            </button>
          ))}
        </div>
      )}

      <section className="card form branding__form" aria-labelledby={`${ids.name}-section`}>
        <h2 id={`${ids.name}-section`} className="visually-hidden">
          {t('title')}
        </h2>
        <div className="field">
          <label htmlFor={ids.name}>{t('name')}</label>
          <p className="field__hint" id={`${ids.name}-hint`}>
            {t('nameHint')}
          </p>
          <input id={ids.name} type="text" value={name} maxLength={BRANDING_NAME_MAX} autoComplete="organization" aria-describedby={`${ids.name}-hint`} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.contact}>{t('contact')}</label>
          <p className="field__hint" id={`${ids.contact}-hint`}>
            {t('contactHint')}
          </p>
          <input id={ids.contact} type="text" value={contact} maxLength={BRANDING_CONTACT_MAX} aria-describedby={`${ids.contact}-hint`} onChange={(e) => setContact(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.accent}>{t('accent')}</label>
          <p className="field__hint" id={`${ids.accent}-hint`}>
            {t('accentHint')}
          </p>
          <div className="branding__accent">
            <input
              id={ids.accent}
              type="color"
              value={accent || DEFAULT_PICKER_COLOR}
              aria-describedby={`${ids.accent}-hint ${ids.accentInfo}`}
              onChange={(e) => {
                setPicked(e.target.value);
                setAccent(e.target.value);
              }}
            />
            {accent && <span className="branding__swatch" style={{ backgroundColor: accent }} aria-hidden="true" />}
            {accent && (
              <button type="button" className="button button--small" onClick={() => (setPicked(null), setAccent(''))}>
                {t('accentClear')}
              </button>
            )}
          </div>
          <p id={ids.accentInfo} role="status" className={pickedCheck?.adjusted ? 'notice notice--warn' : 'hint'}>
            {accentText}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.logo}>{t('logo')}</label>
          <p className="field__hint" id={ids.logoHint}>
            {t('logoHint')}
          </p>
          <FileChooserButton id={ids.logo} accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg" aria-describedby={ids.logoHint} onChange={(e) => void chooseLogo(e)} />
          {logo && <LogoPreview dataUrl={logo.dataUrl} alt={t('logoPreview')} />}
          {logo && (
            <button type="button" className="button button--small" onClick={() => (setLogo(null), setLogoNotice(null))}>
              {t('logoRemove')}
            </button>
          )}
          <div role="status" aria-live="polite">
            {logoNotice?.kind === 'ok' && <p>{logoNotice.text}</p>}
          </div>
          {logoNotice?.kind === 'error' && (
            <p role="alert" className="field__error">
              {logoNotice.text}
            </p>
          )}
        </div>
        <p className="hint">{t('saved')}</p>
      </section>

      <section className="card form" aria-labelledby={`${ids.load}-title`}>
        <h2 id={`${ids.load}-title`}>{t('moveTitle')}</h2>
        <p>{t('moveIntro')}</p>
        <div className="actions">
          <button type="button" className="button" onClick={() => setFileNotice({ kind: 'ok', text: t('downloaded', { fileName: downloadBranding() }) })}>
            {t('download')}
          </button>
        </div>
        <div className="field">
          <label htmlFor={ids.load}>{t('load')}</label>
          <FileChooserButton id={ids.load} accept="application/json,.json" onChange={(e) => void loadFile(e)} />
        </div>
        <div role="status" aria-live="polite">
          {fileNotice?.kind === 'ok' && (
            <div className="notice notice--ok">
              <p>{fileNotice.text}</p>
              {fileNotice.undo && (
                <button type="button" className="button button--small" onClick={fileNotice.undo}>
                  {t('undo')}
                </button>
              )}
            </div>
          )}
        </div>
        {fileNotice?.kind === 'error' && (
          <p role="alert" className="notice notice--error">
            {fileNotice.text}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button button--danger" onClick={reset} aria-disabled={!hasBranding({ name, contact, accent, logo })}>
            {t('reset')}
          </button>
        </div>
      </section>
      {loading.dialog}
      {resetting.dialog}
    </div>
  );
}

// One blob: URL per logo for the visit (a logo or two at most): revoking it in an effect would break the preview
// under StrictMode's double effects, and it costs one small image's memory.
const previewUrls = new Map<string, string>();

/** The stored logo, shown through a blob: URL (the page's policy allows those, not data: images). */
function LogoPreview({ dataUrl, alt }: { dataUrl: string; alt: string }) {
  let url = previewUrls.get(dataUrl);
  if (!url) previewUrls.set(dataUrl, (url = logoObjectUrl(dataUrl)));
  return <img className="branding__logo" src={url} alt={alt} />;
}
