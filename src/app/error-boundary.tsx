import { Component, type ErrorInfo, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { isChunkLoadError } from '../components/chunk-load-error';
import { storageStatus } from '../state/assessment-store';
import { DownloadAnswersButton } from './storage-warning';

interface Props {
  children: ReactNode;
  /** A change (the route) clears a shown error, so the other screens stay usable. */
  resetKey?: string;
}

/**
 * Catches what a screen throws while loading or rendering, so the page never goes blank: a screen that cannot be
 * fetched (a tab left on an earlier version) gets a reload, anything else a plain message with the answers at hand.
 * Its texts are the shell's own (bundled), so it works when no other file can be fetched.
 */
export class ErrorBoundary extends Component<Props, { error: unknown; resetKey: string | undefined }> {
  state = { error: null as unknown, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; resetKey: string | undefined }) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    return this.state.error ? <ScreenFailure chunk={isChunkLoadError(this.state.error)} /> : this.props.children;
  }
}

function ScreenFailure({ chunk }: { chunk: boolean }) {
  const { t } = useTranslation();
  // When this browser is not saving, a reload would lose the answers: say so and offer them first.
  const unsaved = useStore(storageStatus, (s) => s.problem !== null);
  return (
    <div className="page narrow">
      <h1>{t(chunk ? 'failure.chunkTitle' : 'failure.title')}</h1>
      <div role="alert" className="notice notice--error">
        <p>{t(chunk ? 'failure.chunkBody' : 'failure.body')}</p>
        <p>{t(unsaved ? 'failure.unsaved' : 'failure.saved')}</p>
      </div>
      <div className="actions">
        {chunk && (
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('failure.reload')}
          </button>
        )}
        {(unsaved || !chunk) && (
          // Its label loads with the shell's banners; without it the rest of the message still shows.
          <Suspense fallback={null}>
            <DownloadAnswersButton />
          </Suspense>
        )}
        <a href="#/">{t('notFound.home')}</a>
      </div>
    </div>
  );
}
