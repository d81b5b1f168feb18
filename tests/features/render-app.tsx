import { act, render } from '@testing-library/react';
import i18next from 'i18next';
import { App } from '../../src/app/app';
import { useComparisonStore } from '../../src/features/results/comparison-store';
import { changeLanguage, setupI18n } from '../../src/i18n/setup-i18n';
import { loadContentTexts } from '../../src/model/content-texts';
import { emptyAssessment, useAssessmentStore } from '../../src/state/assessment-store';
import { useMilestoneStore } from '../../src/state/milestone-store';
import { usePlanStore } from '../../src/state/plan-store';
import { emptyPlan } from '../../src/engine/action-plan';

/** Renders the whole app at a hash route in one language, with a blank assessment unless seeded. */
export async function renderApp(route: string, lang: 'es' | 'en' = 'es') {
  if (!i18next.isInitialized) await setupI18n();
  await loadContentTexts(lang);
  await changeLanguage(lang);
  window.location.hash = `#${route}`;
  const view = render(<App />);
  await act(async () => {});
  return view;
}

/** Resets the store to a blank assessment (what a new visitor has), with no earlier file loaded for comparison. */
export function resetStore(seed: Partial<ReturnType<typeof emptyAssessment>> = {}) {
  useAssessmentStore.setState({ ...emptyAssessment(), ...seed });
  useComparisonStore.setState({ earlier: null });
  usePlanStore.setState(emptyPlan());
  useMilestoneStore.setState({ milestones: [] });
}
