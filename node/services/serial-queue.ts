/** Runs async tasks one at a time in the order given; each caller gets its own task's result or error. */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    // The queue only orders the tasks: it waits for `run` to settle, whichever way. A failure is not
    // dropped here — the caller gets `run` itself, error included, and reports it.
    const settled = (): void => undefined;
    tail = run.then(settled, settled);
    return run;
  };
}
