// Keyed hashes of user and conversation ids: the figures can be grouped and deleted per person
// ("forget me") without keeping an id that leads back to them. With FIGURES_HASH_KEY set (a secret),
// someone who reads the storage cannot recompute the key from a known id either.
import { createHmac } from 'node:crypto';

export function hashKey(secret: string, kind: 'user' | 'conversation', channel: string, id: string): string {
  return createHmac('sha256', secret).update(`${kind}\u0000${channel}\u0000${id}`).digest('hex').slice(0, 32);
}
