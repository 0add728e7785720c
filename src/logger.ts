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
