// The running extraction's deadline, looked at from inside the long loops over page content. Its own file, apart
// from the size budget (budget.ts), because those loops include the hidden-text walk that budget.ts calls.

/** Thrown by checkBudget inside a stage that runs past the deadline; the pipeline turns it into 'too-large'. */
export class OverBudget extends Error {
  constructor() {
    super('extraction ran past its time budget');
    this.name = 'OverBudget';
  }
}

export interface Deadline {
  now: () => number;
  /** The clock value after which extraction stops. */
  at: number;
}

let active: Deadline | null = null;
let ticks = 0;
/** Loop iterations between two looks at the clock: keeps the check's cost negligible on the hot paths. */
const TICKS_PER_CHECK = 256;

/**
 * Called inside long loops over page content (the body walk, the hidden-text walk, deep-nesting flattening):
 * throws OverBudget once the running extraction is past its deadline. Outside an extraction it does nothing.
 */
export function checkBudget(): void {
  if (!active || ++ticks % TICKS_PER_CHECK !== 0) return;
  if (active.now() > active.at) throw new OverBudget();
}

/** Runs `fn` (one stage of an extraction) under `deadline`; the previous deadline is restored after it. */
export function underDeadline<T>(deadline: Deadline, fn: () => T): T {
  const previous = active;
  active = deadline;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
