// What happens when a turn throws: the user gets a plain apology (with the emergency number), never
// a stack trace; the error is logged without its message; the process keeps serving others.
import type { BotState, TurnContext } from 'botbuilder';
import { safeError, type Logger } from './logger.ts';

export function createTurnErrorHandler(logger: Pick<Logger, 'error' | 'warn'>, apology: string, conversationState: BotState) {
  return async (context: TurnContext, error: unknown): Promise<void> => {
    logger.error({ event: 'turn_error', err: safeError(error), channel: context.activity.channelId }, 'turn failed');
    try {
      await context.sendActivity(apology);
      // A broken dialog stack would fail again on the next message: start afresh. A storage
      // conflict is not a broken stack, and the newer state must be kept.
      if (!/eTag conflict|precondition/i.test(error instanceof Error ? error.message : '')) await conversationState.delete(context);
    } catch (sendError) {
      logger.warn({ event: 'turn_error_reply_failed', err: safeError(sendError) }, 'could not tell the user');
    }
  };
}
