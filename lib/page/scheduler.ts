/**
 * Where slices of work run. Urgent slices (the first viewport, changes the page just made) run in
 * the next task; the rest waits for idle time, with a timeout so a busy page still gets done.
 * Either way a slice is one task that stops itself after its budget, so input stays responsive.
 */

export type Cancel = () => void;

interface PostTaskScheduler {
  postTask(callback: () => void, options?: { priority?: string; signal?: AbortSignal }): Promise<unknown>;
}

/** Run in a new task as soon as possible (after pending input and rendering). */
export function scheduleTask(callback: () => void): Cancel {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const controller = new AbortController();
    scheduler
      .postTask(callback, { priority: 'user-visible', signal: controller.signal })
      // An aborted task rejects: that is the cancellation, not an error.
      .catch(() => {});
    return () => controller.abort();
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
}

/** Run when the browser is idle, and at the latest after `timeoutMs`. */
export function scheduleIdle(callback: () => void, timeoutMs: number): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 1);
  return () => clearTimeout(handle);
}
