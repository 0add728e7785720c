// Environment configuration, validated once at start. Every variable is listed in .env.example.
import path from 'node:path';
import { z } from 'zod';
import { staffEnvSchema } from './teams/staffConfig.ts';

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Default: 127.0.0.1 in open mode (no app id), 0.0.0.0 with Azure configured (see loadConfig). */
  HOST: optional,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CONTENT_DIR: z.string().default('content'),
  LOCALE: z.string().default('en-GB'),
  MAX_MESSAGE_CHARS: z.coerce.number().int().min(50).max(20000).default(2000),
  REQUEST_BODY_LIMIT: z.string().default('256kb'),
  MicrosoftAppId: optional,
  MicrosoftAppPassword: optional,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optional,
  DIRECT_LINE_SECRET: optional,
  DIRECT_LINE_DOMAIN: z.string().url().default('https://directline.botframework.com/v3/directline'),
  STORAGE: z.enum(['memory', 'blob']).default('memory'),
  BLOB_CONNECTION_STRING: optional,
  /** STORAGE=memory: most MB of state kept; the least recently used conversations go first. */
  MEMORY_STORAGE_MB: z.coerce.number().int().min(1).max(4096).default(32),
  BLOB_CONTAINER: z.string().regex(/^[a-z0-9-]{3,63}$/, 'lower-case letters, digits and dashes').default('clinic-bot-state'),
  // Deadlines, all inside the channel's 15 s: a slow or hung dependency never blocks a conversation.
  STORAGE_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(2000),
  CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(14_000).default(5000),
  TURN_TIMEOUT_MS: z.coerce.number().int().min(500).max(14_000).default(12_000),
  AUTH_TIMEOUT_MS: z.coerce.number().int().min(100).max(14_000).default(5000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /** Rounds of the content's example questions read at start (0: none), so V8 has compiled the hot paths before the first patient. */
  WARM_UP_ROUNDS: z.coerce.number().int().min(0).max(20).default(3),
  // Rate limits (requests per window). Channels on Azure all arrive from the Bot Connector's few
  // addresses, so the per-client limit is generous and the per-conversation one does the work.
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  RATE_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  RATE_LIMIT_PER_CONVERSATION: z.coerce.number().int().min(1).max(100_000).default(30),
  TOKEN_RATE_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Open mode only: also limit this machine's own requests to /api/messages (the Emulator, load tests). */
  RATE_LIMIT_LOOPBACK: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((v) => v === 'true'),
  /** Express `trust proxy`: hops in front of the app (App Service, Container Apps: 1) so rate limits see the client. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Open mode only: serviceUrls (origins) replies may go to besides loopback ones, comma-separated. */
  ALLOWED_SERVICE_URLS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const origins: string[] = [];
      for (const item of list) {
        try {
          origins.push(new URL(item).origin);
        } catch {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a URL: ${item}` });
        }
      }
      return origins;
    }),
  /** Sites allowed to frame the page (CSP frame-ancestors), space- or comma-separated, e.g. https://www.clinic.example. */
  FRAME_ANCESTORS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = (v ?? '').split(/[\s,]+/).filter(Boolean);
      for (const item of list) {
        if (item !== "'self'" && item !== "'none'" && !/^https?:\/\/[^\s;'"]+$/.test(item)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not an origin: ${item}` });
        }
      }
      return list.length ? list : ["'self'"];
    }),
  ...staffEnvSchema,
});

export type AppConfig = Omit<z.infer<typeof envSchema>, 'HOST'> & { HOST: string; contentDir: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(`environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const config = result.data;
  if (config.STORAGE === 'blob' && !config.BLOB_CONNECTION_STRING) {
    throw new ConfigError('STORAGE=blob needs BLOB_CONNECTION_STRING');
  }
  if (config.MicrosoftAppId && config.MicrosoftAppType !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
    throw new ConfigError('MicrosoftAppId is set but MicrosoftAppPassword is missing');
  }
  // Open mode accepts anything unauthenticated: keep it on this machine unless told otherwise.
  const host = config.HOST ?? (config.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1');
  return { ...config, HOST: host, contentDir: path.resolve(config.CONTENT_DIR) };
}

/** The local Direct Line serves the page only in the unauthenticated local mode (no Azure configured). */
export function usesLocalDirectLine(config: AppConfig): boolean {
  return !config.MicrosoftAppId && !config.DIRECT_LINE_SECRET;
}
