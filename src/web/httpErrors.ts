// Direct Line style JSON errors ({ error: { code, message } }) and a JSON body parser whose
// failures (malformed JSON, too large) come back in the same shape instead of Express's HTML page.
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/**
 * express.json with a size limit; pair it with `jsonErrors` after the routes. The declared length is
 * checked first because an app-wide parser with a larger limit may already have read the body.
 */
export function jsonBody(limitBytes: number): RequestHandler {
  const parse = express.json({ limit: limitBytes, type: () => true });
  return (req, res, next) => {
    if (Number(req.get('content-length')) > limitBytes) {
      sendError(res, 413, 'PayloadTooLarge', `the body is larger than ${limitBytes} bytes`);
      return;
    }
    parse(req, res, next);
  };
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

export const jsonErrors: ErrorRequestHandler = (err: BodyParserError, _req, res, next) => {
  if (res.headersSent) return next(err);
  if (err.type === 'entity.too.large') {
    return sendError(res, 413, 'PayloadTooLarge', `the body is larger than ${err.limit ?? 'allowed'} bytes`);
  }
  if (err.type === 'entity.parse.failed') {
    return sendError(res, 400, 'BadArgument', 'the body is not valid JSON');
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    return sendError(res, err.status, 'BadArgument', 'the request body could not be read');
  }
  return next(err);
};
