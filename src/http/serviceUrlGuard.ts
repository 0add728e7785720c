// Open mode (no Microsoft app id) authenticates nobody, so whoever posts an activity chooses where
// the bot sends its replies. Only loopback serviceUrls (the Emulator, a local test channel) are
// accepted, plus the origins listed in ALLOWED_SERVICE_URLS; anything else (a cloud metadata
// address, another host on the network) gets 403 and the bot never calls it.
import { isIP } from 'node:net';

export function isLoopbackUrl(serviceUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serviceUrl).hostname;
  } catch {
    return false;
  }
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.split('.')[0] === '127';
  if (isIP(host) === 6) return host === '::1' || /^::ffff:127\./i.test(host) || /^::ffff:7f/i.test(host);
  return false;
}

export function serviceUrlAllowed(serviceUrl: string, allowedOrigins: readonly string[]): boolean {
  if (isLoopbackUrl(serviceUrl)) return true;
  try {
    return allowedOrigins.includes(new URL(serviceUrl).origin);
  } catch {
    return false;
  }
}
