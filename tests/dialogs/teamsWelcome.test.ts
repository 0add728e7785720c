// Teams announces a new member with its own channelData event; the welcome must still come.
import { describe, expect, it } from 'vitest';
import { buttonTitles, startConversation, visibleText } from '../support/testBot.ts';

describe('welcome on Microsoft Teams', () => {
  it('greets a user added to a personal chat (teamMemberAdded event)', async () => {
    const chat = startConversation('msteams');
    await chat.adapter.receiveActivity({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-29:1', name: 'Sam' }],
      recipient: { id: 'bot', name: 'Bot' },
      channelData: { eventType: 'teamMemberAdded', tenant: { id: 't1' } },
    });
    const replies = chat.adapter.activeQueue.splice(0);
    expect(visibleText(replies)).toMatch(/not a diagnosis/i);
    expect(buttonTitles(replies)).toContain(chat.services.content.messages.menu.checkSymptoms);
  });
});
