// The clinic's contact details: content/clinic.yaml, each field overridable from the environment.
import { z } from 'zod';
import { ContentError, loadYamlFile } from './contentFile.ts';
import { CLINIC_TOPICS } from './answer/clinicTopic.ts';
import type { Clinic } from './types.ts';
import { openingTimesSchema, timeZoneSchema } from './openingTimes.ts';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #0b5d6b');
/** White text sits on both colours in the widget, so each must reach WCAG AA (4.5:1) against white. */
const onWhite = (field: string) =>
  hexColour.refine((c) => contrastWithWhite(c) >= 4.5, { message: `${field} is too light for white text (needs a contrast of 4.5:1)` });

const brandSchema = z
  .object({
    primary: onWhite('primary'),
    danger: onWhite('danger'),
    /** Logo shown in the widget's header: a path on this site or an https URL. */
    logo: z.string().regex(/^(\/[\w./-]+|https:\/\/\S+)$/, 'a path such as /logo.svg or an https URL').optional(),
  })
  .strict();

function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
}

const clinicSchema = z
  .object({
    name: z.string().min(2),
    phone: z.string().regex(/^\+?[0-9 ()-]{5,}$/, 'a phone number of digits, spaces, ( ) and -'),
    emergencyNumber: z.string().regex(/^[0-9]{2,4}$/, 'a short emergency number such as 999, 911 or 112'),
    bookingUrl: z.string().url(),
    email: z.string().email(),
    hours: z.array(z.string().min(3)).min(1),
    address: z.string().min(5),
    openingTimes: openingTimesSchema.optional(),
    timeZone: timeZoneSchema.optional(),
    /** Answers to the clinic's own questions, by topic; {placeholders} filled when shown. */
    answers: z.record(z.enum(CLINIC_TOPICS), z.string().min(3)).default({}),
    brand: brandSchema.optional(),
  })
  .strict();

const ENV_OVERRIDES: Partial<Record<keyof Clinic, string>> = {
  name: 'CLINIC_NAME',
  phone: 'CLINIC_PHONE',
  emergencyNumber: 'CLINIC_EMERGENCY_NUMBER',
  bookingUrl: 'CLINIC_BOOKING_URL',
  email: 'CLINIC_EMAIL',
  hours: 'CLINIC_HOURS',
  address: 'CLINIC_ADDRESS',
};

export function loadClinic(file: string, env: NodeJS.ProcessEnv = process.env): Clinic {
  const fromFile = loadYamlFile(file, clinicSchema);
  const merged: Record<string, unknown> = { ...fromFile };
  for (const [field, variable] of Object.entries(ENV_OVERRIDES)) {
    const value = env[variable]?.trim();
    if (!value) continue;
    // Hours come as one line per period, separated by ";" in the environment.
    merged[field] = field === 'hours' ? value.split(';').map((h) => h.trim()).filter(Boolean) : value;
  }
  const result = clinicSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = String(issue.path[0]) as keyof typeof ENV_OVERRIDES;
    throw new ContentError(file, undefined, `environment variable ${ENV_OVERRIDES[field]}: ${issue.message}`);
  }
  return result.data;
}
