// The staff side's environment variables (validated with the rest in config.ts): who is staff, how
// long figures and call-back requests are kept, and the public host name for the Teams package.
import { z } from 'zod';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

export const staffEnvSchema = {
  /** Azure AD tenant of the clinic's Teams (channelData.tenant.id). */
  STAFF_TENANT_ID: optional.refine((v) => v === undefined || guid.test(v), 'an Azure AD tenant id (a GUID)'),
  /** Comma-separated Azure AD object ids of staff (from.aadObjectId). */
  STAFF_AAD_IDS: z
    .string()
    .optional()
    .transform((v) => (v ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))
    .refine((ids) => ids.every((id) => guid.test(id)), 'comma-separated Azure AD object ids (GUIDs)'),
  /** Days staff figures are kept before they are deleted. */
  FIGURES_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Secret for the keyed hashes of user ids in the figures; set one in production. */
  FIGURES_HASH_KEY: optional,
  /** Days a call-back request keeps the patient's contact details if nobody marks it done. */
  HANDOFF_RETENTION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** The bot's public host name (e.g. clinic-bot.azurewebsites.net), for the Teams app's validDomains. */
  PUBLIC_HOSTNAME: optional.refine((v) => v === undefined || /^[a-z0-9.-]+$/i.test(v), 'a host name without scheme or path'),
};

export interface StaffConfig {
  STAFF_TENANT_ID?: string;
  STAFF_AAD_IDS: string[];
  FIGURES_RETENTION_DAYS: number;
  FIGURES_HASH_KEY?: string;
  HANDOFF_RETENTION_DAYS: number;
}

export const DEFAULT_STAFF_CONFIG: StaffConfig = { STAFF_AAD_IDS: [], FIGURES_RETENTION_DAYS: 90, HANDOFF_RETENTION_DAYS: 14 };
