import {
  type ComponentType,
  createContext,
  lazy,
  type ReactNode,
  startTransition,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useState,
} from 'react';
import {
  type Location,
  matchPath,
  type NavigationType,
  Route,
  Router,
  Routes,
  UNSAFE_createHashHistory as createHashHistory,
  useLocation,
  useNavigate,
} from 'react-router-dom';
import { PageLoading } from '../components/page-loading';
import { currentLanguage, loadNamespaces } from '../i18n/setup-i18n';
import { loadContentNames, loadContentTexts } from '../model/content-texts';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';
import { LANDING, NOT_FOUND, PROFILE, type Screen, SCREENS, STAGE } from './screens';

const screenAt = (path: string): Screen => SCREENS.find((screen) => screen.path !== '*' && matchPath(screen.path, path)) ?? NOT_FOUND;

const preloads = new Map<string, Promise<ComponentType>>();
/** The screens whose chunk and texts are here, by screen and language. */
const ready = new Map<string, ComponentType>();

/**
 * What a screen needs, fetched together (its chunk, its namespaces, its texts), once per language; a failed fetch is
 * forgotten so a later visit retries. The namespaces load through i18next once it runs (before, its setup loads them).
 */
function preloadScreen(screen: Screen, lang = currentLanguage()): Promise<ComponentType> {
  const key = `${screen.path} ${lang}`;
  let promise = preloads.get(key);
  if (!promise) {
    promise = Promise.all([
      'page' in screen ? screen.page : screen.load(),
      loadNamespaces([...screen.namespaces]),
      screen.texts === 'all' ? loadContentTexts(lang) : screen.texts === 'names' ? loadContentNames(lang) : undefined,
    ]).then(([page]) => {
      ready.set(key, page);
      return page;
    });
    promise.catch(() => preloads.delete(key));
    preloads.set(key, promise);
  }
  return promise;
}

/**
 * A screen in a chunk of its own, made once per screen: at once when its chunk and texts are already here (the
 * first screen, preloaded before the first render; a prefetched one), else once they have loaded. React.lazy
 * suspends at least once even for a module that has arrived, which would show the loading state for 300 ms: a
 * thenable that calls back at once, when the screen is ready, lets React render it without suspending. (React's
 * use() would read a settled promise directly, but a transition that suspends on it never resumes under act(), which
 * the component tests render with.)
 */
const lazyPage = (screen: Screen) =>
  lazy(() => {
    const page = ready.get(`${screen.path} ${currentLanguage()}`);
    if (!page) return preloadScreen(screen).then((loaded) => ({ default: loaded }));
    return { then: (resolve: (module: { default: ComponentType }) => void) => resolve({ default: page }) } as Promise<{ default: ComponentType }>;
  });

/** The router's table: each screen's route and component. */
const ROUTES = SCREENS.map((screen) => ({ path: screen.path, Page: 'page' in screen ? screen.page : lazyPage(screen) }));

/**
 * Starts loading what the screen at `hash` needs, so the first render shows it rather than a loading state
 * (React holds a shown fallback for 300 ms, and the page below it would shift). `ready` never rejects;
 * `namespaces` are for i18next's setup.
 */
export function preloadFirstScreen(hash: string, lang: string): { namespaces: string[]; ready: Promise<unknown> } {
  const screen = screenAtHash(hash);
  return { namespaces: [...screen.namespaces], ready: preloadScreen(screen, lang).catch(() => undefined) };
}

const screenAtHash = (hash: string) => screenAt(hash.replace(/^#/, '').split('?')[0] || '/');

/** Whether `hash` opens the landing, the screen the build pre-renders into index.html (scripts/vite-plugin-prerender.ts). */
export const isLandingHash = (hash: string): boolean => screenAtHash(hash) === LANDING;

const LAZY_SCREENS = SCREENS.filter((screen) => 'load' in screen);

/** The screens a person most likely opens next, fetched while they read this one: they then open at once. */
function nextScreens(path: string): readonly Screen[] {
  const screen = screenAt(path);
  if (screen === PROFILE) return [STAGE];
  // Once answering, every screen is fetched (small chunks): in a workshop on bad wifi nothing waits later.
  if (screen === STAGE) return LAZY_SCREENS;
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

/** Called once the first screen is on the page (hydrated, when it was pre-rendered): AppRouter then follows the address. */
const StartedContext = createContext<() => void>(() => undefined);

/**
 * The router reads the address when it is created and listens for changes only once the first render has
 * committed; the first render is a sliced transition, so an address changed in between (back, a typed hash,
 * a link followed at once) would be lost and the page would stay on the old screen. Once listening, catch up.
 * It sits with the screens, inside their Suspense boundary: when React hydrates the pre-rendered landing, that boundary
 * may hydrate after the rest of the page, and the screen in it must not change before (React would report a mismatch).
 */
function FollowHashChangedDuringStart() {
  const location = useLocation();
  const navigate = useNavigate();
  const started = useContext(StartedContext);
  useEffect(() => {
    started();
    const address = window.location.hash.replace(/^#/, '') || '/';
    if (address !== `${location.pathname}${location.search}`) navigate(address, { replace: true });
    // Once, right after the first screen is on the page (the router subscribed before, in a layout effect).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
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
      void Promise.all(next.map((screen) => preloadScreen(screen))).then(() => {
        if (next === LAZY_SCREENS) onAllLoaded();
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

const LANDING_LOCATION: Partial<Location> = { pathname: LANDING.path, search: '', hash: '', state: null, key: 'default' };

/**
 * react-router's HashRouter (the same history, subscription and transitions), except that it can start pinned to the
 * landing: React's hydrating render must match the pre-rendered HTML whatever the address says by then (a deep link
 * typed, a link followed before the script ran), and the landing may not change until it has hydrated. Once the first
 * screen is on the page (FollowHashChangedDuringStart), the router shows the address.
 */
function AppRouter({ landingFirst, useTransitions, children }: { landingFirst: boolean; useTransitions: boolean; children: ReactNode }) {
  const [history] = useState(() => createHashHistory({ v5Compat: true }));
  const [state, setStateNow] = useState<{ action: NavigationType; location: Location }>(() => ({ action: history.action, location: history.location }));
  const [pinned, setPinned] = useState(landingFirst);
  const setState = useCallback(
    (next: { action: NavigationType; location: Location }) => (useTransitions ? startTransition(() => setStateNow(next)) : setStateNow(next)),
    [useTransitions],
  );
  useLayoutEffect(() => history.listen(setState), [history, setState]);
  const started = useCallback(() => startTransition(() => setPinned(false)), []);
  return (
    <Router
      location={pinned ? LANDING_LOCATION : state.location}
      navigationType={pinned ? undefined : state.action}
      navigator={history}
      useTransitions={useTransitions}
    >
      <StartedContext value={started}>{children}</StartedContext>
    </Router>
  );
}

interface AppProps {
  /** The first render shows the landing whatever the address: React hydrates the pre-rendered landing (src/main.tsx). */
  hydrating?: boolean;
  /** Another router, for the build's pre-render (src/prerender.tsx), which has no address bar. */
  PrerenderRouter?: ComponentType<{ children: ReactNode }>;
}

/**
 * Hash routes: real, bookmarkable URLs that survive reload on any static host and sub-path. While a screen
 * may still be loading, navigation is a transition (the current page stays until the next is ready); once
 * every screen is loaded it renders at once, so a click shows the next page immediately.
 */
export function App({ hydrating = false, PrerenderRouter }: AppProps) {
  const [allLoaded, setAllLoaded] = useState(false);
  const markAllLoaded = useCallback(() => setAllLoaded(true), []);
  const screens = (
    <>
      <PrefetchNextScreens onAllLoaded={markAllLoaded} />
      <Layout>
        <ScreenBoundary>
          <Suspense fallback={<PageLoading />}>
            <FollowHashChangedDuringStart />
            <Routes>
              {ROUTES.map(({ path, Page }) => (
                <Route key={path} path={path} element={<Page />} />
              ))}
            </Routes>
          </Suspense>
        </ScreenBoundary>
      </Layout>
    </>
  );
  return (
    // The outer boundary is for the shell itself; the screens have their own, inside the layout.
    <ErrorBoundary>
      {PrerenderRouter ? (
        <PrerenderRouter>{screens}</PrerenderRouter>
      ) : (
        <AppRouter landingFirst={hydrating} useTransitions={!allLoaded}>
          {screens}
        </AppRouter>
      )}
    </ErrorBoundary>
  );
}

/**
 * Whatever a screen throws, a chunk that cannot be fetched after an update included, shows a message under the
 * header instead of a blank page; going to another screen clears it. (react-router's errorElement needs a data
 * router; this app uses a declarative hash router, so a React error boundary does the job.)
 */
function ScreenBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <ErrorBoundary resetKey={pathname}>{children}</ErrorBoundary>;
}

