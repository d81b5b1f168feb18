import { lazy, Suspense } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { PageLoading } from '../components/page-loading';
import { Layout } from './layout';

// Each screen is its own chunk: the landing page loads no form library, chart or PDF code.
const LandingPage = lazy(() => import('../features/landing/landing-page').then((m) => ({ default: m.LandingPage })));
const ProfilePage = lazy(() => import('../features/profile/profile-page').then((m) => ({ default: m.ProfilePage })));
const StagePage = lazy(() => import('../features/questionnaire/stage-page').then((m) => ({ default: m.StagePage })));
const ResultsPage = lazy(() => import('../features/results/results-page').then((m) => ({ default: m.ResultsPage })));
const ModelPage = lazy(() => import('../features/model/model-page').then((m) => ({ default: m.ModelPage })));
const NotFoundPage = lazy(() => import('../features/landing/not-found-page').then((m) => ({ default: m.NotFoundPage })));

/** Hash routes: real, bookmarkable URLs that survive reload on any static host and sub-path. */
export function App() {
  return (
    <HashRouter>
      <Layout>
        <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route path="/" element={<LandingPage />} />
            <Route path="/profile" element={<ProfilePage />} />
            <Route path="/stage/:order" element={<StagePage />} />
            <Route path="/results" element={<ResultsPage />} />
            <Route path="/model" element={<ModelPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </Layout>
    </HashRouter>
  );
}
