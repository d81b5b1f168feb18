import type { ComponentType } from 'react';
import { cachedImport } from '../browser/cached-import';
import { LandingPage } from '../features/landing/landing-page';

/**
 * Every screen, in one place: its route, its code, and the texts it needs. The router, the first screen's preload
 * (its chunk, namespaces and texts fetched together, not one after the other) and the prefetch of the next screens
 * all read this table; tests/app/screens.test.ts checks each screen's namespaces against its code.
 */
export type Screen = ScreenNeeds &
  (
    | { /** The component, in the first page's code (the landing). */ page: ComponentType }
    | { /** The component in a chunk of its own, fetched once. */ load: () => Promise<ComponentType> }
  );

interface ScreenNeeds {
  /** The route (react-router pattern). */
  path: string;
  /** The UI namespaces its components use. */
  namespaces: readonly string[];
  /** The content texts it shows: every text (a chunk per language), or the model's and stages' names only. */
  texts?: 'all' | 'names';
}

// Each screen but the landing is its own chunk: the landing page loads no form library, chart or PDF code. The
// landing itself is in the first page's code: a lazy first page would show a loading state for 300 ms.
const lazyPage = <M,>(load: () => Promise<M>, pick: (module: M) => ComponentType) => cachedImport(() => load().then(pick));

export const LANDING: Screen = { path: '/', page: LandingPage, namespaces: ['landing'], texts: 'names' };
export const PROFILE: Screen = { path: '/profile', load: lazyPage(() => import('../features/profile/profile-page'), (m) => m.ProfilePage), namespaces: ['profile'] };
export const STAGE: Screen = {
  path: '/stage/:order',
  load: lazyPage(() => import('../features/questionnaire/stage-page'), (m) => m.StagePage),
  namespaces: ['questionnaire', 'scale'],
  texts: 'all',
};
export const NOT_FOUND: Screen = { path: '*', load: lazyPage(() => import('../features/landing/not-found-page'), (m) => m.NotFoundPage), namespaces: [] };

export const SCREENS: readonly Screen[] = [
  LANDING,
  PROFILE,
  STAGE,
  {
    path: '/results',
    load: lazyPage(() => import('../features/results/results-page'), (m) => m.ResultsPage),
    namespaces: ['results', 'portability', 'profile', 'downloads', 'plan'],
    texts: 'all',
  },
  { path: '/plan', load: lazyPage(() => import('../features/plan/plan-page'), (m) => m.PlanPage), namespaces: ['plan'], texts: 'all' },
  { path: '/model', load: lazyPage(() => import('../features/model/model-page'), (m) => m.ModelPage), namespaces: ['model'], texts: 'all' },
  // Everything after /shared/ is the payload, so a `/` in it or an empty one reaches the link's own messages.
  {
    path: '/shared/*',
    load: lazyPage(() => import('../features/results/shared-results-page'), (m) => m.SharedResultsPage),
    namespaces: ['results', 'portability', 'downloads', 'plan'],
    texts: 'all',
  },
  // A consultant's branding for the PDF report: reached from the report button ("For consultants: ...").
  { path: '/branding', load: lazyPage(() => import('../features/branding/branding-page'), (m) => m.BrandingPage), namespaces: ['branding', 'portability'] },
  {
    path: '/workshop',
    load: lazyPage(() => import('../features/workshop/workshop-page'), (m) => m.WorkshopPage),
    namespaces: ['workshop', 'portability'],
    texts: 'all',
  },
  {
    path: '/workshop/room',
    load: lazyPage(() => import('../features/workshop/facilitator-page'), (m) => m.FacilitatorPage),
    namespaces: ['workshop', 'results', 'downloads'],
    texts: 'all',
  },
  {
    path: '/workshop/answer/:participantId',
    load: lazyPage(() => import('../features/workshop/participant-page'), (m) => m.ParticipantPage),
    namespaces: ['workshop', 'scale'],
    texts: 'all',
  },
  // Participant mode, opened from the workshop's QR code; everything after /join/ is the workshop's token (none: the short address).
  {
    path: '/join/*',
    load: lazyPage(() => import('../features/join/join-page'), (m) => m.JoinPage),
    namespaces: ['workshop', 'scale', 'portability'],
    texts: 'all',
  },
  NOT_FOUND,
];
