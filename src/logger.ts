// Structured logs. By policy they carry event names, ids and counts — never message text or health
// details — so the redaction list is a second line of defence, not the first.
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'clinic-bot' },
    redact: {
      paths: ['text', '*.text', 'activity.text', 'value', '*.value', 'req.headers.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
  });
}

export type { Logger };

/**
 * What of an error may be logged: its kind and codes, and where it came from. An error's message
 * can quote a request or reply (a patient's words, a triage summary), so it is left out.
 */
export function safeError(err: unknown): { name: string; code?: string | number; statusCode?: number; stack?: string } {
  if (!(err instanceof Error)) return { name: typeof err };
  const e = err as Error & { code?: string | number; statusCode?: number };
  const frames = e.stack?.split('\n').slice(1).join('\n');
  return {
    name: e.name,
    ...(e.code !== undefined ? { code: e.code } : {}),
    ...(e.statusCode !== undefined ? { statusCode: e.statusCode } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}
