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
  HOST: z.string().default('0.0.0.0'),
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
  BLOB_CONTAINER: z.string().regex(/^[a-z0-9-]{3,63}$/, 'lower-case letters, digits and dashes').default('clinic-bot-state'),
  ...staffEnvSchema,
});

export type AppConfig = z.infer<typeof envSchema> & { contentDir: string };

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
  return { ...config, contentDir: path.resolve(config.CONTENT_DIR) };
}

/** The local Direct Line serves the page only in the unauthenticated local mode (no Azure configured). */
export function usesLocalDirectLine(config: AppConfig): boolean {
  return !config.MicrosoftAppId && !config.DIRECT_LINE_SECRET;
}
