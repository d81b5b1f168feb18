import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyAssessment, useAssessmentStore } from '../../src/state/assessment-store';
import { replaceAssessment, restoreLatestBackup } from '../../src/state/backups';

afterEach(() => {
  vi.restoreAllMocks();
  useAssessmentStore.setState(emptyAssessment());
});

describe('backups', () => {
  it('replace then undo puts the previous assessment back', () => {
    useAssessmentStore.setState({ ...emptyAssessment(), answers: { 'listen-monitoring-alerts': 3 } });
    replaceAssessment({ ...emptyAssessment(), answers: { 'listen-monitoring-alerts': 1 } }, 'import');
    expect(useAssessmentStore.getState().answers).toEqual({ 'listen-monitoring-alerts': 1 });
    expect(restoreLatestBackup()).toBe(true);
    expect(useAssessmentStore.getState().answers).toEqual({ 'listen-monitoring-alerts': 3 });
  });

  // Regression: with storage blocked, reading window.localStorage threw and start-over/import failed outright.
  it('with storage blocked by the browser, replacing neither throws nor loses the undo', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    useAssessmentStore.setState({ ...emptyAssessment(), answers: { 'listen-monitoring-alerts': 4 } });
    expect(() => replaceAssessment(emptyAssessment(), 'start-over')).not.toThrow();
    expect(useAssessmentStore.getState().answers).toEqual({});
    expect(restoreLatestBackup()).toBe(true);
    expect(useAssessmentStore.getState().answers).toEqual({ 'listen-monitoring-alerts': 4 });
  });
});
