// GET /: the widget page (page.html): the clinic's name, "loading…" and the emergency number are in
// the HTML itself, so they show before any script arrives; the scripts come deferred and cached by
// version. The policy allows only this origin (and the Azure Direct Line origin when one is used).
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';

/** The page's own sentences (content/messages.yaml `webPage`). */
export interface PageCopy {
  chatLabel: string;
  noScript: string;
  startFailed: string;
  loading: string;
  emergencyLine: string;
  emergencyShort: string;
  openChat: string;
  closeChat: string;
}

export interface Brand {
  primary: string;
  danger: string;
  logo?: string;
}

export const defaultBrand: Brand = { primary: '#0b5d6b', danger: '#b3261e' };

export interface PageOptions {
  botName: string;
  copy: PageCopy;
  locale: string;
  emergencyNumber: string;
  brand: Brand;
  webChatUrl: string;
  chatScriptUrl: string;
  /** Stream over a WebSocket where the browser can (the local Direct Line and Azure both offer it). */
  webSocket: boolean;
  /** Origin of the Azure Direct Line, when the page talks to it instead of this server. */
  directLineOrigin?: string;
  /** CSP frame-ancestors: the sites that may embed the page (default 'self'). */
  frameAncestors?: readonly string[];
}

const template = readFileSync(new URL('./page.html', import.meta.url), 'utf8');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w)).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('') || 'C';
}

export function renderPage(options: PageOptions): string {
  const config = {
    locale: options.locale,
    brand: { primary: options.brand.primary, danger: options.brand.danger },
    initials: initials(options.botName),
    tokenUrl: '/api/webchat/token',
    webSocket: options.webSocket,
    copy: { startFailed: options.copy.startFailed },
  };
  const values: Record<string, string> = {
    lang: options.locale,
    botName: options.botName,
    chatLabel: options.copy.chatLabel,
    noScript: options.copy.noScript,
    loading: options.copy.loading,
    emergencyLine: options.copy.emergencyLine,
    emergencyShort: options.copy.emergencyShort,
    emergencyNumber: options.emergencyNumber,
    primary: options.brand.primary,
    danger: options.brand.danger,
    webChatUrl: options.webChatUrl,
    chatScriptUrl: options.chatScriptUrl,
  };
  const logo = options.brand.logo ? `<img src="${escapeHtml(options.brand.logo)}" alt="">` : '';
  return template
    .replace('{{{config}}}', () => scriptJson(config))
    .replace('{{logoTag}}', () => logo)
    .replace(/\{\{(\w+)\}\}/g, (_match, key: string) => escapeHtml(values[key] ?? ''));
}

export function contentSecurityPolicy(directLineOrigin?: string, logo?: string, frameAncestors: readonly string[] = ["'self'"]): string {
  const connect = ["'self'", ...(directLineOrigin ? [directLineOrigin, directLineOrigin.replace(/^http/, 'ws')] : [])].join(' ');
  const logoOrigin = logo && /^https:/.test(logo) ? ` ${new URL(logo).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Web Chat 4.18's transcript mounts react-scroll-to-bottom without passing its `nonce` prop on,
    // so that library's emotion <style> cannot carry a nonce: inline styles must be allowed.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${logoOrigin}`,
    "media-src 'self' data: blob:",
    // 'self' covers ws: to this host in current browsers; Azure's stream is wss: on its own origin.
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}

export function pageHandler(options: PageOptions): RequestHandler {
  return (_req, res) => {
    res
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': contentSecurityPolicy(options.directLineOrigin, options.brand.logo, options.frameAncestors),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      })
      .send(renderPage(options));
  };
}
