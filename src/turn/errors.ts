// Where a failed turn failed decides what is safe to do about it: only an error thrown while the
// dialogs ran can mean a broken dialog stack (which would fail again on every message, so the
// conversation's state is cleared). A failed send or an unreachable storage never clears state.
export class DialogTurnError extends Error {
  override name = 'DialogTurnError';
  constructor(override readonly cause: unknown) {
    super('the dialogs failed during the turn');
  }
}

/** Storage or network trouble (an Azure RestError, a deadline, a refused socket), as opposed to a bug. */
export function isInfrastructureError(err: unknown): boolean {
  const e = err as { name?: string; code?: unknown; statusCode?: unknown } | undefined;
  return e?.name === 'RestError' || e?.name === 'DeadlineError' || e?.name === 'AbortError' || typeof e?.statusCode === 'number' || (typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code));
}
