// GET /: the widget page (page.html) with a fresh CSP nonce per request for its one inline script.
// The policy allows only this origin (and the Azure Direct Line origin when one is used).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';

/** The page's own sentences (content/messages.yaml `webPage`). */
export interface PageCopy {
  chatLabel: string;
  noScript: string;
  startFailed: string;
}

export interface PageOptions {
  botName: string;
  copy: PageCopy;
  locale: string;
  webChatUrl: string;
  /** Origin of the Azure Direct Line, when the page talks to it instead of this server. */
  directLineOrigin?: string;
  /** CSP frame-ancestors: the sites that may embed the page (default 'self'). */
  frameAncestors?: readonly string[];
}

const template = readFileSync(new URL('./page.html', import.meta.url), 'utf8');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderPage(options: PageOptions, nonce: string): string {
  const values: Record<string, string> = {
    lang: options.locale,
    locale: options.locale,
    botName: options.botName,
    chatLabel: options.copy.chatLabel,
    noScript: options.copy.noScript,
    startFailed: options.copy.startFailed,
    webChatUrl: options.webChatUrl,
    nonce,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => escapeHtml(values[key] ?? ''));
}

export function contentSecurityPolicy(nonce: string, directLineOrigin?: string, frameAncestors: readonly string[] = ["'self'"]): string {
  const connect = ["'self'", ...(directLineOrigin ? [directLineOrigin] : [])].join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Web Chat 4.18's transcript mounts react-scroll-to-bottom without passing its `nonce` prop on,
    // so that library's emotion <style> cannot carry a nonce: inline styles must be allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

export function pageHandler(options: PageOptions): RequestHandler {
  return (_req, res) => {
    const nonce = randomBytes(16).toString('base64');
    res
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': contentSecurityPolicy(nonce, options.directLineOrigin, options.frameAncestors),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      })
      .send(renderPage(options, nonce));
  };
}
