// Facebook Messenger's own shapes, as the Bot Framework's Facebook channel delivers them: a
// postback (persistent menu, "Get Started") and a quick-reply tap carry their payload in
// channelData, while `text` holds the button's title (which may be shortened). The payload is what
// the bot sent as the button's value, so the dialogs read that.

interface MessengerChannelData {
  postback?: { payload?: unknown; title?: unknown };
  message?: { quick_reply?: { payload?: unknown }; text?: unknown };
}

export const GET_STARTED = 'GET_STARTED';

function channelData(activity: { channelId?: string; channelData?: unknown }): MessengerChannelData | undefined {
  if (activity.channelId !== 'facebook' || !activity.channelData || typeof activity.channelData !== 'object') return undefined;
  return activity.channelData as MessengerChannelData;
}

/** The postback or quick-reply payload of a Messenger message, if it has one. */
export function messengerPayload(activity: { channelId?: string; channelData?: unknown }): string | undefined {
  const data = channelData(activity);
  const payload = data?.postback?.payload ?? data?.message?.quick_reply?.payload;
  return typeof payload === 'string' && payload.trim() ? payload : undefined;
}

/** Messenger's "Get Started" button: the first thing a new user taps. */
export function isGetStarted(activity: { channelId?: string; channelData?: unknown; text?: string }): boolean {
  return activity.channelId === 'facebook' && (messengerPayload(activity) === GET_STARTED || activity.text === GET_STARTED);
}

/** Puts a button's payload in `text`, where the dialogs read it. */
export function applyMessengerPayload(activity: { channelId?: string; channelData?: unknown; text?: string }): void {
  const payload = messengerPayload(activity);
  if (payload && payload !== GET_STARTED) activity.text = payload;
}
