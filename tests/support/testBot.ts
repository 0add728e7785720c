// The real bot (real content, real engine, real dialogs) on botbuilder's TestAdapter, one channel at
// a time. `say` returns what the user sees after one turn.
import { ConversationState, MemoryStorage, TestAdapter, UserState, type Activity } from 'botbuilder';
import { MainDialog } from '../../dialogs/mainDialog.ts';
import type { BotServices } from '../../dialogs/services.ts';
import { ClinicBot } from '../../src/bot.ts';
import { StaffDesk } from '../../dialogs/staff/staffDesk.ts';
import { buildServices } from '../../src/buildServices.ts';

let shared: BotServices | undefined;

/** Services built once per test file from the real content/ folder (the engine takes a moment). */
export function realServices(): BotServices {
  shared ??= buildServices({ contentDir: 'content', MAX_MESSAGE_CHARS: 2000 }, new MemoryStorage(), {});
  return shared;
}

export interface TestConversation {
  adapter: TestAdapter;
  services: BotServices;
  storage: MemoryStorage;
  /** Sends a message (text, or a partial activity such as a card submit) and returns the replies. */
  say(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** The conversationUpdate a channel sends when the chat opens. */
  open(): Promise<Partial<Activity>[]>;
}

export function startConversation(channelId = 'webchat', overrides: Partial<BotServices> = {}): TestConversation {
  const storage = new MemoryStorage();
  const services: BotServices = { ...realServices(), storage, ...overrides };
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const bot = new ClinicBot(conversationState, userState, new MainDialog(services, conversationState, userState), { staff: new StaffDesk(services) });
  const adapter = new TestAdapter((context) => bot.run(context), { channelId, locale: 'en-GB' });
  const drain = () => adapter.activeQueue.splice(0, adapter.activeQueue.length);
  return {
    adapter,
    services,
    storage,
    async say(input) {
      const activity: Partial<Activity> = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
      await adapter.receiveActivity(activity);
      return drain();
    },
    async open() {
      await adapter.receiveActivity({
        type: 'conversationUpdate',
        membersAdded: [{ id: 'user', name: 'User' }, { id: 'bot', name: 'Bot' }],
        recipient: { id: 'bot', name: 'Bot' },
      });
      return drain();
    },
  };
}

/** Everything a user could read in the replies: text, card strings, button titles. */
export function visibleText(replies: Partial<Activity>[]): string {
  const parts: string[] = [];
  const walk = (node: unknown, key?: string): void => {
    if (typeof node === 'string') {
      if (!key || ['text', 'title', 'subtitle', 'altText', 'speak', 'value', 'url'].includes(key)) parts.push(node);
    } else if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  for (const r of replies) {
    walk(r.text, 'text');
    walk(r.attachments);
    walk(r.suggestedActions);
  }
  return parts.join('\n');
}

export function entities(replies: Partial<Activity>[], type: string): Record<string, unknown>[] {
  return replies.flatMap((r) => (r.entities ?? []).filter((e) => e.type === type) as Record<string, unknown>[]);
}

/** Titles of every button offered (suggested actions, hero card buttons, Adaptive Card actions). */
export function buttonTitles(replies: Partial<Activity>[]): string[] {
  const titles: string[] = [];
  for (const r of replies) {
    for (const a of r.suggestedActions?.actions ?? []) titles.push(a.title ?? String(a.value));
    for (const att of r.attachments ?? []) {
      const content = att.content as { buttons?: { title: string }[]; actions?: { title: string }[] } | undefined;
      for (const b of content?.buttons ?? []) titles.push(b.title);
      const walkActions = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walkActions);
        else if (node && typeof node === 'object') {
          const o = node as Record<string, unknown>;
          if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') titles.push(o.title);
          Object.values(o).forEach(walkActions);
        }
      };
      if (att.contentType === 'application/vnd.microsoft.card.adaptive') walkActions(content);
    }
  }
  return titles;
}

/** What a click on the first button whose title matches sends back: text for imBack, value for a card submit. */
export function clickButton(replies: Partial<Activity>[], title: RegExp): Partial<Activity> {
  for (const r of replies) {
    for (const a of r.suggestedActions?.actions ?? []) if (title.test(a.title ?? '')) return { text: String(a.value) };
    for (const att of r.attachments ?? []) {
      const content = att.content as { buttons?: { title: string; value: unknown }[] } | undefined;
      for (const b of content?.buttons ?? []) if (title.test(b.title)) return { text: String(b.value) };
      let found: Partial<Activity> | undefined;
      const walk = (node: unknown): void => {
        if (found) return;
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          const o = node as Record<string, unknown>;
          if (o.type === 'Action.Submit' && typeof o.title === 'string' && title.test(o.title)) found = { value: o.data };
          else if (o.type === 'Action.OpenUrl' && typeof o.title === 'string' && title.test(o.title)) found = { text: String(o.url) };
          else Object.values(o).forEach(walk);
        }
      };
      walk(att.content);
      if (found) return found;
    }
  }
  throw new Error(`no button matching ${title} in ${JSON.stringify(buttonTitles(replies))}`);
}
