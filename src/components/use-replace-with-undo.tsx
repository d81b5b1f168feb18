import { type ReactElement, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelReplace, commitReplace, prepareReplace, type ReplaceHandle, type ReplaceTarget, undoReplace } from '../state/replace-with-undo';
import { ConfirmDialog } from './confirm-dialog';

export interface ReplaceDialogTexts {
  title: string;
  /** What will be replaced; the hook adds whether a copy is kept. */
  message: string;
  confirmLabel: string;
  /** The button that saves the current data as a file, offered when no copy can be kept. */
  downloadLabel: string;
  /** What the download holds, when that needs saying. */
  downloadHint?: string;
}

export interface ReplaceWithUndoOptions<T> {
  reason: string;
  /** Whether the current data holds anything to lose: only then is the user asked first and a copy kept. */
  hasData: (current: T) => boolean;
  /** Saves `before` as a file the app can read back; returns the file name to show. */
  download: (before: T) => string;
  texts: ReplaceDialogTexts;
}

export interface ReplaceWithUndo<T> {
  /**
   * Replaces with `next`, asking first when there is data to lose; `onReplaced` runs once it is done, with the
   * replace's id (for `undoReplaceById` on another screen).
   */
  request: (next: T, onReplaced?: (id: string) => void, onCancelled?: () => void) => void;
  /** Puts back exactly what this hook's last replace replaced; false when it cannot (the screen says so: `replace.cannotUndo`). */
  undo: () => boolean;
  /** The confirmation dialog, to render once in the screen. */
  dialog: ReactElement;
}

interface Asking<T> {
  handle: ReplaceHandle<T>;
  next: T;
  onReplaced?: (id: string) => void;
  onCancelled?: () => void;
}

type Download = { kind: 'done'; fileName: string } | { kind: 'failed' } | null;

/**
 * The one way screens replace saved data (an import, a shared result adopted, a new workshop): the state
 * before is captured when the replace is asked for, the dialog says whether a copy could be kept (and offers
 * a download first when not), and undo puts back exactly that state, or says it cannot.
 */
export function useReplaceWithUndo<T>(target: ReplaceTarget<T>, { reason, hasData, download, texts }: ReplaceWithUndoOptions<T>): ReplaceWithUndo<T> {
  const { t } = useTranslation('portability');
  const [asking, setAsking] = useState<Asking<T> | null>(null);
  // A ref, not state: `undo` may be kept by the screen (in its own undo notice) from an earlier render.
  const done = useRef<ReplaceHandle<T> | null>(null);
  const [downloaded, setDownloaded] = useState<Download>(null);

  const commit = (handle: ReplaceHandle<T>, next: T, onReplaced?: (id: string) => void) => {
    done.current = commitReplace(target, handle, next);
    setAsking(null);
    setDownloaded(null);
    onReplaced?.(handle.id);
  };

  const request: ReplaceWithUndo<T>['request'] = (next, onReplaced, onCancelled) => {
    const worthKeeping = hasData(target.snapshot());
    const handle = prepareReplace(target, reason, { keepCopy: worthKeeping });
    if (worthKeeping) setAsking({ handle, next, onReplaced, onCancelled });
    else commit(handle, next, onReplaced);
  };

  const cancel = () => {
    if (!asking) return;
    cancelReplace(target, asking.handle);
    setAsking(null);
    setDownloaded(null);
    asking.onCancelled?.();
  };

  const undo = () => {
    const restored = undoReplace(target, done.current);
    done.current = null;
    return restored;
  };

  const saveCopy = (before: T) => {
    try {
      setDownloaded({ kind: 'done', fileName: download(before) });
    } catch (error) {
      console.error(error);
      setDownloaded({ kind: 'failed' });
    }
  };

  const dialog = (
    <ConfirmDialog
      open={asking !== null}
      title={texts.title}
      message={`${texts.message} ${asking?.handle.kept === false ? '' : t('replace.copyKept')}`.trim()}
      confirmLabel={texts.confirmLabel}
      onConfirm={() => asking && commit(asking.handle, asking.next, asking.onReplaced)}
      onCancel={cancel}
    >
      {asking && !asking.handle.kept && (
        <div className="notice notice--warn replace-warning">
          <p>{t('replace.noCopy')}</p>
          <button type="button" className="button button--small" onClick={() => saveCopy(asking.handle.before)}>
            {texts.downloadLabel}
          </button>
          {texts.downloadHint && <p className="hint">{texts.downloadHint}</p>}
          <div role="status" aria-live="polite">
            {downloaded?.kind === 'done' && <p>{t('replace.downloaded', { fileName: downloaded.fileName })}</p>}
          </div>
          {downloaded?.kind === 'failed' && <p role="alert">{t('replace.downloadFailed')}</p>}
        </div>
      )}
    </ConfirmDialog>
  );

  return { request, undo, dialog };
}
