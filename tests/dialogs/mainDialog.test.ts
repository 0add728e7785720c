// The main dialog as a patient meets it: welcome, menu (typed or clicked), answers, decline,
// commands, feedback and "forget me", on the real content.
import { describe, expect, it } from 'vitest';
import { buttonTitles, clickButton, entities, startConversation, visibleText } from '../support/testBot.ts';

describe('welcome and menu', () => {
  it('greets with the purpose, "not a diagnosis", the emergency number and the three choices', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.open();
    const text = visibleText(replies).toLowerCase();
    expect(text).toContain('not a diagnosis');
    expect(text).toContain(chat.services.content.clinic.emergencyNumber);
    expect(buttonTitles(replies)).toEqual(expect.arrayContaining(['Check my symptoms', 'Ask a question', 'Contact the clinic']));
  });

  it('takes a typed menu choice', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('ask a question');
    expect(visibleText(replies)).toMatch(/type your question/i);
  });

  it('takes a menu choice clicked on an Adaptive Card (value, no text)', async () => {
    const chat = startConversation('msteams');
    const replies = await chat.say({ value: { action: 'choice', value: 'Contact the clinic' } });
    expect(visibleText(replies)).toContain(chat.services.content.clinic.phone.replace(/\s/g, '').slice(-4));
  });

  it('says clearly when a card submission has been tampered with, and loses nothing', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say({ value: { action: 'delete-everything', value: 42 } });
    expect(visibleText(replies)).toMatch(/couldn't read that button/i);
    const next = await chat.say('ask a question');
    expect(visibleText(next)).toMatch(/type your question/i);
  });

  it('asks for words when a picture arrives with no text', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say({ attachments: [{ contentType: 'image/png', contentUrl: 'https://example.com/x.png' }] });
    expect(visibleText(replies)).toMatch(/can't read files or pictures/i);
  });
});

describe('free-text questions', () => {
  it('answers from the articles, naming the source, with read more and feedback buttons', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('Should I put ice or a heat pack on my sore back?');
    const [answer] = entities(replies, 'clinic.answer');
    expect(answer).toMatchObject({ article: 'self-care' });
    const article = chat.services.content.articles.find((a) => a.id === answer!.article)!;
    expect(visibleText(replies)).toContain(article.title);
    const buttons = buttonTitles(replies);
    expect(buttons.some((b) => /read more/i.test(b))).toBe(true);
    expect(buttons.some((b) => /helpful/i.test(b) || b.includes('👍'))).toBe(true);
  });

  it('shows the whole section on "read more"', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say('what is sciatica?');
    const [answer] = entities(first, 'clinic.answer');
    const full = await chat.say(clickButton(first, /read more/i));
    expect(entities(full, 'clinic.answer')[0]).toEqual(answer);
    expect(visibleText(full).length).toBeGreaterThan(visibleText(first).length / 2);
    const section = chat.services.content.articles.flatMap((a) => a.sections).find((s) => s.heading === answer!.section)!;
    const lastSentence = section.text.trim().split(/\n/).pop()!.replace(/^[-*]\s*/, '').slice(0, 30);
    expect(visibleText(full)).toContain(lastSentence);
  });

  it('declines what the articles do not cover, with a way forward', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('how do I fix a dripping tap?');
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(1);
    expect(entities(replies, 'clinic.answer')).toHaveLength(0);
    expect(buttonTitles(replies)).toEqual(expect.arrayContaining(['Contact the clinic']));
  });

  it('records a 👍 and thanks the user; a 👎 offers the clinic', async () => {
    const at = new Date('2026-11-24T23:59:59.900Z');
    const chat = startConversation('webchat', { now: () => at });
    const first = await chat.say('does physiotherapy help hip pain?');
    const [answer] = entities(first, 'clinic.answer');
    const up = await chat.say({ value: { action: 'feedback', vote: 'up', article: answer!.article, section: answer!.section } });
    expect(visibleText(up)).toMatch(/thanks/i);
    const down = await chat.say({ value: { action: 'feedback', vote: 'down', article: answer!.article, section: answer!.section } });
    expect(visibleText(down)).toContain(chat.services.content.clinic.phone.replace(/\s/g, '').slice(-4));
    const stored = await chat.services.figures.recorded(at.toISOString().slice(0, 10));
    expect(stored.map((e) => (e.kind === 'feedback' ? e.vote : ''))).toEqual(expect.arrayContaining(['up', 'down']));
  });

  it('takes feedback typed as the button text on channels without cards', async () => {
    const chat = startConversation('some-unknown-channel');
    const first = await chat.say('is walking good for lower back pain?');
    expect(entities(first, 'clinic.answer')).toHaveLength(1);
    const text = visibleText(first);
    const upLabel = chat.services.content.messages.feedback.up;
    expect(text).toContain(upLabel);
    const up = await chat.say(upLabel);
    expect(visibleText(up)).toMatch(/thanks/i);
  });
});

describe('commands', () => {
  it('help explains what the bot does and repeats the menu', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('help');
    expect(visibleText(replies)).toMatch(/check your symptoms/i);
    expect(buttonTitles(replies)).toContain('Check my symptoms');
  });

  it('"forget me" deletes what is stored after confirmation', async () => {
    const chat = startConversation('webchat');
    await chat.say('what is sciatica?');
    const confirm = await chat.say('forget me');
    expect(visibleText(confirm)).toMatch(/delete/i);
    const done = await chat.say(clickButton(confirm, /yes/i));
    expect(visibleText(done)).toMatch(/deleted/i);
    // MemoryStorage marks deleted keys as undefined.
    const stored = (chat.storage as unknown as { memory: Record<string, unknown> }).memory;
    expect(Object.entries(stored).filter(([k, v]) => v !== undefined && !k.startsWith('figures/'))).toEqual([]);
  });

  it('"forget me" then "no" keeps everything', async () => {
    const chat = startConversation('webchat');
    await chat.say('forget me');
    const kept = await chat.say('no');
    expect(visibleText(kept)).toMatch(/nothing was deleted/i);
  });
});

describe('red flags at the top level', () => {
  it('escalates a typed emergency at once with the emergency number', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say("I've suddenly got no feeling around my bottom and I can't pee");
    const [triage] = entities(replies, 'clinic.triage');
    expect(triage).toMatchObject({ level: 'emergency' });
    expect(visibleText(replies)).toContain(chat.services.content.clinic.emergencyNumber);
  });

  it('ends an emergency on webchat with the call to the emergency number, and offers no booking after it', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('I fell down the stairs and now I cannot move my leg at all');
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
    const number = chat.services.content.clinic.emergencyNumber;
    expect(buttonTitles(replies).at(-1)).toBe(`Call ${number} now`);
    expect(buttonTitles(replies)).not.toContain(chat.services.content.messages.contact.book);
    const last = JSON.stringify(replies.at(-1));
    expect(last).toContain(`"url":"tel:${number}","style":"destructive"`);
  });

  it('puts a one-tap call to the emergency number first on facebook', async () => {
    const chat = startConversation('facebook');
    const replies = await chat.say('I fell down the stairs and now I cannot move my leg at all');
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
    const number = chat.services.content.clinic.emergencyNumber;
    expect(buttonTitles(replies)[0]).toBe(`Call ${number} now`);
    expect(JSON.stringify(replies[0])).toContain(`tel:${number}`);
  });

  it('does not alarm on a negated statement', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('no fever and I can still control my bladder fine, just a stiff back');
    expect(entities(replies, 'clinic.triage').filter((t) => t.level === 'emergency' || t.level === 'urgent')).toHaveLength(0);
  });
});

describe('the contact card per channel', () => {
  it.each(['webchat', 'directline', 'emulator', 'msteams'])('is an Adaptive Card with a tel: link on %s', async (channel) => {
    const chat = startConversation(channel);
    const replies = await chat.say('Contact the clinic');
    const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card).toBeDefined();
    expect(JSON.stringify(card)).toContain('tel:');
  });

  it('is a hero card with at most 3 buttons on Facebook', async () => {
    const chat = startConversation('facebook');
    const replies = await chat.say('Contact the clinic');
    const atts = replies.flatMap((r) => r.attachments ?? []);
    expect(atts.some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(false);
    const hero = atts.find((a) => a.contentType === 'application/vnd.microsoft.card.hero');
    expect(hero).toBeDefined();
    expect((hero!.content as { buttons: unknown[] }).buttons.length).toBeLessThanOrEqual(3);
  });

  it('is plain text with every detail on an unknown channel', async () => {
    const chat = startConversation('some-unknown-channel');
    const replies = await chat.say('Contact the clinic');
    expect(replies.flatMap((r) => r.attachments ?? [])).toHaveLength(0);
    const text = visibleText(replies);
    const clinic = chat.services.content.clinic;
    for (const detail of [clinic.phone, clinic.email, clinic.address, clinic.bookingUrl]) expect(text).toContain(detail);
  });
});

describe('symptoms described at the top level', () => {
  it('offers the check, and starting it skips what was already said', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say('my left hip has hurt for 3 weeks');
    expect(buttonTitles(first)).toContain('Check my symptoms');
    const check = await chat.say(clickButton(first, /check my symptoms/i));
    const text = visibleText(check);
    expect(text).not.toMatch(/where does it hurt/i);
    expect(text).not.toMatch(/which side/i);
    expect(text).not.toMatch(/how long have you had/i);
    // Age comes right after where it hurts (several rules need it), then below the knee.
    expect(text).toMatch(/how old are you/i);
    expect(visibleText(await chat.say('40'))).toMatch(/below the knee/i);
  });

  it('offers the check without starting it when the articles have no answer', async () => {
    const chat = startConversation('webchat');
    // A leg is a place the check knows: no emergency question, the check is offered.
    const first = await chat.say('my dog is limping on his back leg');
    expect(entities(first, 'clinic.no-answer')).toHaveLength(1);
    expect(entities(first, 'clinic.triage')).toHaveLength(0);
    expect(visibleText(first)).not.toMatch(/which side/i);
    expect(buttonTitles(first)[0]).toBe('Check my symptoms');
  });
});
