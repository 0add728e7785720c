// Reads a contact detail the patient typed for a call-back: a phone number or an email address
// (validated), and a name if they gave one. Nothing else of the message is kept.
import { z } from 'zod';
import type { ContactDetails } from './handoffs.ts';

const email = z.string().email();
const FILLER = new Set(
  'call me on at my number is phone mobile tel email e-mail address or and please you can reach contact its it\'s it is thanks thank you name the best'.split(' '),
);

export function parseContact(text: string): ContactDetails | undefined {
  const found: ContactDetails = {};
  let rest = text;

  const mail = text.match(/[^\s@<>(),;:]+@[^\s@<>(),;:]+\.[a-z]{2,}/i)?.[0];
  if (mail && email.safeParse(mail).success) {
    found.email = mail;
    rest = rest.replace(mail, ' ');
  }
  for (const m of rest.matchAll(/\+?\d[\d\s().-]{6,}\d/g)) {
    const digits = m[0].replace(/\D/g, '');
    // UK numbers have 10 or 11 digits (12 with +44); international ones up to 15.
    if (digits.length >= 10 && digits.length <= 15) {
      found.phone = m[0].trim().replace(/\s+/g, ' ');
      rest = rest.replace(m[0], ' ');
      break;
    }
  }
  if (!found.email && !found.phone) return undefined;

  const named = rest.match(/\b(?:my name is|my name's|i am|i'm|im|this is|name:?)\s+([\p{L}'-]+(?:\s+[\p{L}'-]+){0,2})/iu)?.[1];
  const leftover = rest
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w.toLowerCase()));
  const name = named ?? (leftover.length >= 1 && leftover.length <= 3 ? leftover.join(' ') : undefined);
  if (name && name.length <= 60) found.name = name.replace(/\s+/g, ' ').trim();
  return found;
}
