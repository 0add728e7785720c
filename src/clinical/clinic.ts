// The clinic's contact details: content/clinic.yaml, each field overridable from the environment.
import { z } from 'zod';
import { ContentError, loadYamlFile } from './contentFile.ts';
import { CLINIC_TOPICS } from './answer/clinicTopic.ts';
import type { Clinic } from './types.ts';
import { openingTimesSchema, timeZoneSchema } from './openingTimes.ts';

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
