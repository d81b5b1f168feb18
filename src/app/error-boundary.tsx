import { Component, type ErrorInfo, lazy, type ReactNode, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isChunkLoadError } from '../components/chunk-load-error';
import { anyWatchedProblem, subscribeWatchedStatuses } from '../state/watched-statuses';

// The download's code (the file format, its name) loads when the button shows, with its texts; the first page does
// not carry it. Where it cannot be fetched, the message shows without it.
const DownloadAnswersButton = lazy(() => import('./download-answers-button').then((m) => ({ default: m.DownloadAnswersButton })));

/** The answers' download where a page shows it (a message, a banner), or nothing when its code cannot be fetched. */
export function OptionalDownloadAnswersButton() {
  return (
    <ErrorBoundary fallback={null}>
      <Suspense fallback={null}>
        <DownloadAnswersButton />
      </Suspense>
    </ErrorBoundary>
  );
}

interface Props {
  children: ReactNode;
  /** A change (the route) clears a shown error, so the other screens stay usable. */
  resetKey?: string;
  /** Shown instead of the failure message (null: nothing), for an optional part of a page. */
  fallback?: ReactNode;
}

/**
 * Catches what a screen throws while loading or rendering, so the page never goes blank: a screen that cannot be
 * fetched (a tab left on an earlier version) gets a reload, anything else a plain message with the answers at hand.
 * Its texts are the shell's own, loaded before the first render, so it works when no other file can be fetched.
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
    if (!this.state.error) return this.props.children;
    return this.props.fallback !== undefined ? this.props.fallback : <ScreenFailure chunk={isChunkLoadError(this.state.error)} />;
  }
}

function ScreenFailure({ chunk }: { chunk: boolean }) {
  const { t } = useTranslation();
  // When this browser is not saving, a reload would lose the answers: say so and offer them first. (Read through the
  // watched statuses: the first page does not carry the assessment store, which registers its own as it loads.)
  const unsaved = useSyncExternalStore(subscribeWatchedStatuses, anyWatchedProblem, () => false);
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
          <OptionalDownloadAnswersButton />
        )}
        <a href="#/">{t('notFound.home')}</a>
      </div>
    </div>
  );
}
