// What the browser may post to the local Direct Line. Only the fields Web Chat sends are kept;
// identity fields (from, recipient, conversation, id, timestamp) are set by the server, never trusted.
import { z } from 'zod';

const account = z.object({ id: z.string().max(256).optional(), name: z.string().max(256).optional() }).passthrough();

const attachment = z
  .object({
    contentType: z.string().max(256),
    contentUrl: z.string().max(2048).optional(),
    content: z.unknown().optional(),
    name: z.string().max(256).optional(),
  })
  .strip();

export const postedActivitySchema = z
  .object({
    type: z.enum(['message', 'event', 'typing'], {
      errorMap: () => ({ message: "type must be 'message', 'event' or 'typing'" }),
    }),
    text: z.string().optional(),
    textFormat: z.string().max(32).optional(),
    locale: z.string().max(32).optional(),
    localTimestamp: z.string().max(64).optional(),
    localTimezone: z.string().max(128).optional(),
    name: z.string().max(256).optional(),
    value: z.unknown().optional(),
    attachments: z.array(attachment).max(10).optional(),
    entities: z.array(z.record(z.unknown())).max(20).optional(),
    // Kept as sent: Web Chat matches its own message by channelData.clientActivityID.
    channelData: z.record(z.unknown()).optional(),
    from: account.optional(),
    replyToId: z.string().max(256).optional(),
  })
  .strip();

export type PostedActivity = z.infer<typeof postedActivitySchema>;

/** The activity, or a message saying which field is wrong (for a 400). */
export function parsePostedActivity(body: unknown): { activity: PostedActivity } | { error: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { error: 'the body must be a JSON activity object' };
  }
  const result = postedActivitySchema.safeParse(body);
  if (result.success) return { activity: result.data };
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return { error: `${where}${issue.message}` };
}
