// What happens when a turn throws: the user gets a plain apology (with the emergency number), never
// a stack trace; the error is logged without its message; the process keeps serving others.
// The conversation's state is deleted only when the dialogs themselves failed (a broken dialog stack
// would fail again on every message) — never for a failed send or an unreachable storage.
import type { BotState, TurnContext } from 'botbuilder';
import { safeError, type Logger } from './logger.ts';
import { DialogTurnError } from './turn/errors.ts';

export function createTurnErrorHandler(logger: Pick<Logger, 'error' | 'warn'>, apology: string, conversationState: BotState) {
  return async (context: TurnContext, error: unknown): Promise<void> => {
    const cause = error instanceof DialogTurnError ? error.cause : error;
    logger.error(
      { event: 'turn_error', err: safeError(cause), where: error instanceof DialogTurnError ? 'dialogs' : 'infrastructure', channel: context.activity.channelId },
      'turn failed',
    );
    try {
      await context.sendActivity(apology);
    } catch (sendError) {
      logger.warn({ event: 'turn_error_reply_failed', err: safeError(sendError) }, 'could not tell the user');
    }
    if (!(error instanceof DialogTurnError)) return;
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      logger.warn({ event: 'turn_error_reset_failed', err: safeError(deleteError) }, 'could not reset the conversation');
    }
  };
}
