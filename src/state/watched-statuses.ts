import { createStore } from 'zustand/vanilla';
import type { StorageStatus, StorageStatusStore } from './safe-storage';

/**
 * The saving statuses the shell's storage banner watches: each persisted store adds its own as it loads, so the
 * banner reports a store loaded later (with a screen's chunk, or once the page is idle) without importing it.
 */
const watched = createStore<readonly StorageStatusStore[]>(() => []);

export function watchStorageStatus(status: StorageStatusStore): void {
  if (!watched.getState().includes(status)) watched.setState([...watched.getState(), status], true);
}

const hasNews = (status: StorageStatus) => status.problem !== null || status.recoveries.length > 0;

/** Calls `onChange` when a watched store is added or any of them changes; returns the unsubscribe. */
export function subscribeWatchedStatuses(onChange: () => void): () => void {
  let unsubscribeEach: (() => void)[] = [];
  const subscribeEach = () => {
    unsubscribeEach.forEach((unsubscribe) => unsubscribe());
    unsubscribeEach = watched.getState().map((status) => status.subscribe(onChange));
  };
  subscribeEach();
  const unsubscribeList = watched.subscribe(() => {
    subscribeEach();
    onChange();
  });
  return () => {
    unsubscribeList();
    unsubscribeEach.forEach((unsubscribe) => unsubscribe());
  };
}

/** True when a watched store is not saving or had to repair what it read. */
export const anyWatchedNews = (): boolean => watched.getState().some((status) => hasNews(status.getState()));

/** True when a watched store is not saving (its changes live in this tab only). */
export const anyWatchedProblem = (): boolean => watched.getState().some((status) => status.getState().problem !== null);
