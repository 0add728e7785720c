// Facebook Messenger's real shapes, as the Bot Framework's Facebook channel delivers them: a
// "Get Started" postback, quick-reply taps whose payload is in channelData while text holds the
// (possibly shortened) title, channelData with sender/recipient, a photo and a location. And every
// reply of the main journeys stays within Messenger's limits.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { CALM, play } from '../fixtures/vignettes/patient.ts';
import { startStaffClinic } from '../support/staffBot.ts';
import { entities, startConversation, visibleText } from '../support/testBot.ts';

const PSID = '2456789012345678';
const PAGE = '109876543210987';
let mid = 0;

/** A Messenger message as the Facebook channel forwards it. */
function fb(extra: { text?: string; message?: Record<string, unknown>; postback?: Record<string, unknown>; attachments?: Activity['attachments']; entities?: Activity['entities'] }): Partial<Activity> {
  const timestamp = 1764600000000 + ++mid;
  return {
    type: 'message',
    id: `m_${mid}`,
    from: { id: PSID, name: '' },
    recipient: { id: PAGE, name: 'Northside Clinic' },
    text: extra.text,
    attachments: extra.attachments,
    entities: extra.entities,
    channelData: {
      sender: { id: PSID },
      recipient: { id: PAGE },
      timestamp,
      ...(extra.postback ? { postback: extra.postback } : { message: { mid: `m_${mid}`, seq: mid, text: extra.text, ...extra.message } }),
    },
  };
}

describe('Messenger shapes', () => {
  it('answers the GET_STARTED postback with the welcome and the menu', async () => {
    const chat = startConversation('facebook');
    const replies = await chat.say(fb({ text: 'GET_STARTED', postback: { title: 'Get Started', payload: 'GET_STARTED' } }));
    const text = visibleText(replies);
    expect(text).toMatch(/not a diagnosis/i);
    expect(text).toContain(chat.services.content.messages.menu.checkSymptoms);
  });

  it('reads a quick reply by its payload, not its shortened title', async () => {
    const chat = startConversation('facebook');
    const check = chat.services.content.messages.menu.checkSymptoms;
    // Messenger sends the title it showed; the payload is the value the bot gave the button.
    const replies = await chat.say(fb({ text: 'Check my sympt…', message: { quick_reply: { payload: check } } }));
    expect(visibleText(replies)).toContain(chat.services.content.messages.symptomCheck.intro);
  });

  it('reads a postback button by its payload', async () => {
    const chat = startConversation('facebook');
    const contact = chat.services.content.messages.menu.contact;
    const replies = await chat.say(fb({ text: 'Contact', postback: { title: 'Contact', payload: contact } }));
    expect(visibleText(replies)).toContain(chat.services.content.clinic.phone);
  });

  it('a photo gets a clear message, and the question being asked is asked again', async () => {
    const chat = startConversation('facebook');
    const first = await chat.say(fb({ text: 'check my symptoms' }));
    const photo = await chat.say(
      fb({
        attachments: [{ contentType: 'image', contentUrl: 'https://scontent.xx.fbcdn.net/v/t1.15752-9/photo.jpg' }],
        message: { attachments: [{ type: 'image', payload: { url: 'https://scontent.xx.fbcdn.net/v/t1.15752-9/photo.jpg' } }] },
      }),
    );
    expect(visibleText(photo)).toContain(chat.services.content.messages.unsupportedAttachment);
    // The location question comes back: nothing was lost.
    expect(visibleText(photo)).toContain(visibleText(first.slice(-1)).split('\n')[0]!);
  });

  it('a shared location gets a clear message too', async () => {
    const chat = startConversation('facebook');
    const replies = await chat.say(
      fb({
        attachments: [{ contentType: 'location', content: { coordinates: { lat: 51.5362, long: -0.1033 } } }],
        entities: [{ type: 'Place', geo: { latitude: 51.5362, longitude: -0.1033, type: 'GeoCoordinates' } }],
        message: { attachments: [{ type: 'location', payload: { coordinates: { lat: 51.5362, long: -0.1033 } } }] },
      }),
    );
    expect(visibleText(replies)).toContain(chat.services.content.messages.unsupportedAttachment);
  });
});

/** Messenger's limits: text 2000, quick replies 13 of 20 characters, 3 buttons of 20 on a template, titles 80. */
function limitProblems(replies: Partial<Activity>[]): string[] {
  const problems: string[] = [];
  for (const r of replies) {
    if ((r.text ?? '').length > 2000) problems.push(`text of ${r.text!.length}`);
    const quick = r.suggestedActions?.actions ?? [];
    if (quick.length > 13) problems.push(`${quick.length} quick replies`);
    for (const a of quick) if ((a.title ?? '').length > 20) problems.push(`quick reply "${a.title}"`);
    for (const att of r.attachments ?? []) {
      if (att.contentType === 'application/vnd.microsoft.card.adaptive') problems.push('an Adaptive Card');
      const card = att.content as { title?: string; subtitle?: string; text?: string; buttons?: { title: string }[] } | undefined;
      if ((card?.buttons ?? []).length > 3) problems.push(`${card!.buttons!.length} buttons`);
      for (const b of card?.buttons ?? []) if (b.title.length > 20) problems.push(`button "${b.title}"`);
      if ((card?.title ?? '').length > 80) problems.push(`card title "${card!.title}"`);
      if ((card?.subtitle ?? '').length > 80) problems.push(`card subtitle of ${card!.subtitle!.length}`);
    }
  }
  return problems;
}

describe("Messenger's limits on the main journeys", () => {
  it('welcome, answers, feedback, contact, a full check with its handoff offer, an emergency', async () => {
    const clinic = startStaffClinic();
    await clinic.teams({ conversationType: 'channel' }).send('notify here');
    const chat = clinic.patient('facebook');
    const all: Partial<Activity>[] = [];
    all.push(...(await chat.say(fb({ text: 'GET_STARTED', postback: { payload: 'GET_STARTED' } }))));
    const answer = await chat.say(fb({ text: 'what can I do at home for sciatica?' }));
    all.push(...answer);
    // A question on two topics may get a second short part, each citing its section.
    expect(entities(answer, 'clinic.answer').length).toBeGreaterThanOrEqual(1);
    all.push(...(await chat.say(fb({ text: 'Read more' }))));
    all.push(...(await chat.say(fb({ text: 'do you treat knees?' }))));
    all.push(...(await chat.say(fb({ text: 'talk to someone' }))));
    all.push(...(await chat.say(fb({ text: 'no thanks' }))));
    const { all: check } = await play(chat, { ...CALM, channel: 'facebook', answers: { ...CALM.answers, duration: 'about 2 months', improving: 'About the same' } });
    all.push(...check);
    all.push(...(await chat.say(fb({ text: 'yes' }))));
    all.push(...(await chat.say(fb({ text: '07700 900123' }))));
    all.push(...(await clinic.patient('facebook').say(fb({ text: "I can't feel my bottom and I've wet myself" }))));
    expect(clinic.posted).toHaveLength(1);
    expect(limitProblems(all)).toEqual([]);
  });
});
