// The two parties of a local Direct Line conversation, as they appear in activities.
import type { Conversation } from './conversationStore.ts';

export interface Account {
  id: string;
  name?: string;
  role: 'bot' | 'user';
}

export function botAccount(botName: string): Account {
  return { id: 'clinic-bot', name: botName, role: 'bot' };
}

export function userAccount(conversation: Conversation, name?: string): Account {
  return name ? { id: conversation.userId ?? 'user', name, role: 'user' } : { id: conversation.userId ?? 'user', role: 'user' };
}

