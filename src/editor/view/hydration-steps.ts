/** Steps of hydration still to run. */
let pending = 0;
/** Called when the last step has run. */
let waiting: (() => void)[] = [];

/**
 * One more step of hydration: a promise that resolves in a task of its own, after the steps asked
 * for before it. A part of the page hydrated in its own step keeps the main thread free for input
 * in between (no long task while the page starts).
 *
 * @returns A promise that resolves when the step may run.
 */
export function hydrationStep(): Promise<void> {
  pending += 1;
  return new Promise((resolve) =>
    setTimeout(() => {
      resolve();
      pending -= 1;
      // The step renders in a microtask of this task; whoever waits for all steps runs a task later.
      if (pending === 0) setTimeout(() => (pending === 0 ? waiting.splice(0).forEach((wake) => wake()) : undefined), 0);
    }, 0),
  );
}

/**
 * Wait until every hydration step asked for has run, so that state changes (a restored draft)
 * reach parts of the page that are hydrated, never parts still showing the server's markup.
 *
 * @returns A promise that resolves at once when no step is pending, else after the last one.
 */
export function hydrated(): Promise<void> {
  if (pending === 0) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}
