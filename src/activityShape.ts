// A first check of what arrives at /api/messages, before the SDK sees it: a malformed activity gets
// a clear 400 instead of an exception deep inside a turn. Unknown fields pass through untouched.
import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(256) }).passthrough();

export const incomingActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    conversation: z.object({ id: z.string().min(1).max(512) }).passthrough(),
    from: account,
    recipient: account.optional(),
    text: z.string().optional(),
  })
  .passthrough();

export function describeActivityProblem(body: unknown): string | undefined {
  const result = incomingActivitySchema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.') || 'body'}: ${issue.message}`;
}
