import { type ComponentType, lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from 'react';
import { HashRouter, matchPath, Route, Routes, useLocation } from 'react-router-dom';
import { PageLoading } from '../components/page-loading';
import { LandingPage } from '../features/landing/landing-page';
import { currentLanguage, loadNamespaces } from '../i18n/setup-i18n';
import { loadContentNames, loadContentTexts } from '../model/content-texts';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';

interface ScreenNeeds {
  /** UI namespaces its components use. */
  namespaces?: string[];
  /** Whether it shows the content's texts (a chunk per language). */
  texts?: boolean;
}

/**
 * A screen in a chunk of its own, fetched together with its namespaces and texts (not one after the other),
 * and which can be fetched before its first render: it then renders at once, without a loading state.
 */
function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, needs: ScreenNeeds = {}) {
  let loaded: ComponentType<P> | undefined;
  /** The chunk and texts; the namespaces too once i18next runs (before, they are handed to its setup). */
  const preload = (lang = currentLanguage()) =>
    Promise.all([load(), loadNamespaces(needs.namespaces ?? []), needs.texts ? loadContentTexts(lang) : undefined]).then(
      ([component]) => (loaded = component),
    );
  const Screen = lazy(() =>
    loaded
      ? // Already here: a thenable that resolves at once lets React render it without suspending.
        ({ then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: loaded! }) } as unknown as Promise<{ default: ComponentType<P> }>)
      : preload().then((component) => ({ default: component })),
  );
  return Object.assign(Screen, { preload, namespaces: needs.namespaces ?? [] });
}

// Each other screen is its own chunk: the landing page loads no form library, chart or PDF code.
// The landing page itself is in the entry: a lazy first page would show a loading state for 300 ms.
const ProfilePage = lazyScreen(() => import('../features/profile/profile-page').then((m) => m.ProfilePage), { namespaces: ['profile'] });
const StagePage = lazyScreen(() => import('../features/questionnaire/stage-page').then((m) => m.StagePage), { namespaces: ['questionnaire'], texts: true });
const ResultsPage = lazyScreen(() => import('../features/results/results-page').then((m) => m.ResultsPage), { namespaces: ['results', 'portability', 'profile'], texts: true });
const ModelPage = lazyScreen(() => import('../features/model/model-page').then((m) => m.ModelPage), { namespaces: ['model'], texts: true });
const SharedResultsPage = lazyScreen(() => import('../features/results/shared-results-page').then((m) => m.SharedResultsPage), { namespaces: ['results', 'portability'], texts: true });
const WorkshopPage = lazyScreen(() => import('../features/workshop/workshop-page').then((m) => m.WorkshopPage), { namespaces: ['workshop', 'portability'], texts: true });
const FacilitatorPage = lazyScreen(() => import('../features/workshop/facilitator-page').then((m) => m.FacilitatorPage), { namespaces: ['workshop', 'results', 'portability'], texts: true });
const ParticipantPage = lazyScreen(() => import('../features/workshop/participant-page').then((m) => m.ParticipantPage), { namespaces: ['workshop', 'questionnaire'], texts: true });
const NotFoundPage = lazyScreen(() => import('../features/landing/not-found-page').then((m) => m.NotFoundPage));

type Screen = ReturnType<typeof lazyScreen>;

/** Every route and its screen: the router, the first-screen preload and the prefetch all read this one table. */
const ROUTES: { path: string; screen: Screen }[] = [
  { path: '/profile', screen: ProfilePage },
  { path: '/stage/:order', screen: StagePage },
  { path: '/results', screen: ResultsPage },
  { path: '/model', screen: ModelPage },
  // Everything after /shared/ is the payload, so a `/` in it or an empty one reaches the link's own messages.
  { path: '/shared/*', screen: SharedResultsPage },
  { path: '/workshop', screen: WorkshopPage },
  { path: '/workshop/room', screen: FacilitatorPage },
  { path: '/workshop/answer/:participantId', screen: ParticipantPage },
];

const screenAt = (path: string): Screen => ROUTES.find((route) => matchPath(route.path, path))?.screen ?? NotFoundPage;

/**
 * Starts loading what the screen at `hash` needs, so the first render shows it rather than a loading state
 * (React holds a shown fallback for 300 ms, and the page below it would shift). `ready` never rejects;
 * `namespaces` are for i18next's setup.
 */
export function preloadFirstScreen(hash: string, lang: string): { namespaces: string[]; ready: Promise<unknown> } {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  if (path === '/') return { namespaces: ['landing'], ready: loadContentNames(lang).catch(() => undefined) };
  const screen = screenAt(path);
  return { namespaces: screen.namespaces, ready: screen.preload(lang).catch(() => undefined) };
}

const ALL_SCREENS = [...ROUTES.map((route) => route.screen), NotFoundPage];

/** The screens a person most likely opens next, fetched while they read this one: they then open at once. */
function nextScreens(path: string): Screen[] {
  const screen = screenAt(path);
  if (screen === ProfilePage) return [StagePage];
  // Once answering, every screen is fetched (small chunks): in a workshop on bad wifi nothing waits later.
  if (screen === StagePage) return ALL_SCREENS;
  return [];
}

/** True once the person has pressed, touched or typed anything on the page. */
function useHasInteracted(): boolean {
  const [interacted, setInteracted] = useState(false);
  useEffect(() => {
    if (interacted) return;
    const events = ['pointerdown', 'keydown', 'touchstart'] as const;
    const onInteract = () => setInteracted(true);
    for (const type of events) window.addEventListener(type, onInteract, { capture: true, passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, onInteract, { capture: true });
    };
  }, [interacted]);
  return interacted;
}

function PrefetchNextScreens({ onAllLoaded }: { onAllLoaded: () => void }) {
  const { pathname } = useLocation();
  // Waiting for a first interaction keeps the prefetch off a slow phone's first render (and out of its way);
  // in a workshop the first tap comes within seconds, long before anyone reaches the next screen.
  const interacted = useHasInteracted();
  useEffect(() => {
    const next = nextScreens(pathname);
    if (!next.length || !interacted) return;
    const prefetch = () =>
      void Promise.all(next.map((screen) => screen.preload())).then(() => {
        if (next === ALL_SCREENS) onAllLoaded();
      }, () => undefined);
    const idle = window.requestIdleCallback?.(prefetch, { timeout: 500 });
    const timer = idle === undefined ? window.setTimeout(prefetch, 300) : undefined;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [pathname, interacted, onAllLoaded]);
  return null;
}

/**
 * Hash routes: real, bookmarkable URLs that survive reload on any static host and sub-path. While a screen
 * may still be loading, navigation is a transition (the current page stays until the next is ready); once
 * every screen is loaded it renders at once, so a click shows the next page immediately.
 */
export function App() {
  const [allLoaded, setAllLoaded] = useState(false);
  const markAllLoaded = useCallback(() => setAllLoaded(true), []);
  return (
    // The outer boundary is for the shell itself; the screens have their own, inside the layout.
    <ErrorBoundary>
      <HashRouter useTransitions={!allLoaded}>
        <PrefetchNextScreens onAllLoaded={markAllLoaded} />
        <Layout>
          <ScreenBoundary>
            <Suspense fallback={<PageLoading />}>
              <Routes>
                <Route path="/" element={<LandingPage />} />
                {ROUTES.map(({ path, screen: Page }) => (
                  <Route key={path} path={path} element={<Page />} />
                ))}
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </Suspense>
          </ScreenBoundary>
        </Layout>
      </HashRouter>
    </ErrorBoundary>
  );
}

/**
 * Whatever a screen throws, a chunk that cannot be fetched after an update included, shows a message under the
 * header instead of a blank page; going to another screen clears it. (react-router's errorElement needs a data
 * router; this app uses the declarative HashRouter, so a React error boundary does the job.)
 */
function ScreenBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ErrorBoundary resetKey={pathname}>{children}</ErrorBoundary>;
}
