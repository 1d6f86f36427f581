/**
 * Runs a task once the page is idle (after the frame in hand is painted, before the next one is
 * due), or after `timeoutMs` at the latest. Without requestIdleCallback (unit tests in Node), on
 * the next task. Returns its cancel.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
