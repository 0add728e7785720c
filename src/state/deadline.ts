// A deadline for any promise: the caller stops waiting after `ms`. The work itself may go on in the
// background (most SDK calls cannot be cancelled); what matters is that nobody waits on it forever.
export class DeadlineError extends Error {
  override name = 'DeadlineError';
  readonly code = 'DEADLINE_EXCEEDED';
  constructor(readonly what: string, readonly ms: number) {
    super(`${what} took longer than ${ms} ms`);
  }
}

export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(what, ms)), ms);
    timer.unref();
  });
  // A late rejection of the abandoned work must not become an unhandled rejection.
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
