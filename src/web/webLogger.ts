// The logger shape the web module needs (pino's). Only event names, ids and counts are logged,
// never message text.
export interface WebLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const silentLogger: WebLogger = { warn: () => {}, error: () => {} };
