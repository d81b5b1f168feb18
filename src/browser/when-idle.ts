/**
 * Runs `task` once the browser is idle (at the latest after `timeout` ms), so work the first screen does not need
 * stays off its critical path; returns a cancel. Where requestIdleCallback is missing (Safari, jsdom), a short timer.
 */
export function whenIdle(task: () => void, timeout = 2_000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, Math.min(timeout, 200));
  return () => window.clearTimeout(timer);
}
