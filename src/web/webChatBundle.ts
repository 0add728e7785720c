// The official Web Chat bundle, served from the installed package (no CDN, works offline).
// `botframework-webchat` does not export dist/webchat.js, so resolve its main entry and go up.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { RequestHandler } from 'express';

const gzipAsync = promisify(gzip);

export interface WebChatBundle {
  /** Versioned URL, so it can be cached for a year. */
  url: string;
  handler: RequestHandler;
}

export function webChatBundle(): WebChatBundle {
  const require = createRequire(import.meta.url);
  const main = require.resolve('botframework-webchat'); // …/botframework-webchat/lib/index.js
  const packageDir = path.resolve(path.dirname(main), '..');
  const file = path.join(packageDir, 'dist', 'webchat.js');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  let content: Buffer | undefined;
  let gzipped: Promise<Buffer> | undefined;

  const handler: RequestHandler = async (req, res, next) => {
    try {
      content ??= readFileSync(file); // read on first use: 4 MB that tests without a browser never need
      res.set({
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=31536000, immutable',
        Vary: 'Accept-Encoding',
      });
      if (req.acceptsEncodings('gzip') === 'gzip') {
        gzipped ??= gzipAsync(content);
        res.set('Content-Encoding', 'gzip').send(await gzipped);
      } else {
        res.send(content);
      }
    } catch (err) {
      next(err);
    }
  };
  return { url: `/assets/webchat-${version}.js`, handler };
}
