// The widget's own small scripts, served under a name that carries a hash of their content, so a
// browser may keep them for a year and a new version is a new URL. Compressed by the `compression`
// middleware where the browser accepts it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';

export interface VersionedAsset {
  url: string;
  body: string;
  handler: RequestHandler;
}

export const immutable = 'public, max-age=31536000, immutable';

/** `render` may fill the file in once at start (the embed script's settings). */
export function versionedScript(file: string, name: string, render: (text: string) => string = (t) => t): VersionedAsset {
  const body = render(readFileSync(new URL(file, import.meta.url), 'utf8'));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return {
    url: `/assets/${name}-${hash}.js`,
    body,
    handler: (_req, res) => {
      res.set({ 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': immutable, 'X-Content-Type-Options': 'nosniff' }).send(body);
    },
  };
}
