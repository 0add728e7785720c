// Open mode (no Microsoft app id) authenticates nobody, so whoever posts an activity chooses where
// the bot sends its replies. Only loopback serviceUrls (the Emulator, a local test channel) are
// accepted, plus the origins listed in ALLOWED_SERVICE_URLS; anything else (a cloud metadata
// address, another host on the network) gets 403 and the bot never calls it.
import { isIP } from 'node:net';

export function serviceUrlAllowed(serviceUrl: string, allowedOrigins: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  return isLoopbackHost(url.hostname) || allowedOrigins.includes(url.origin);
}

/** `hostname` as the URL parser leaves it: lower case, IPv4 dotted in full, IPv6 in brackets and in hex ("[::ffff:127.0.0.1]" becomes "[::ffff:7f00:1]"). */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  if (isIP(host) === 4) return host.startsWith('127.');
  // An IPv4-mapped address is loopback when its first 16-bit group is 7fxx (127.x): four hex digits,
  // since the parser drops leading zeros ("::ffff:7fa:1" is 7.250.0.1, "::ffff:7f:1" is 0.127.0.1).
  return host === 'localhost' || host === '::1' || /^::ffff:7f[0-9a-f]{2}:/.test(host);
}
