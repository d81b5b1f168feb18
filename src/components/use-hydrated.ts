import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while React hydrates the pre-rendered landing (and in the build's pre-render), true otherwise: what depends on
 * this browser's storage renders its stored-nothing state first, so the first render matches the static HTML.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
