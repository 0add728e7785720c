// Done-when of the staff side, over real HTTP as the channels send it: a Web Chat patient who
// consents produces exactly one clinic.handoff message in the Teams channel set with "notify here"
// (posted proactively to the channel's serviceUrl, here a capture server); "done" on it updates the
// card in place; a patient who declines produces none; a Teams retry posts nothing twice; a non-staff
// Teams user typing "stats" gets the patient experience; an adaptiveCard/action invoke gets 200.
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.ts';
import { startTeamsChannelServer, type TeamsChannelServer } from '../support/teamsChannelServer.ts';

const TENANT = '11111111-2222-3333-4444-555555555555';
const STAFF = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const CHANNEL_CONVERSATION = '19:clinicstaff@thread.tacv2';

let bot: RunningServer;
let teams: TeamsChannelServer;
let n = 0;

beforeAll(async () => {
  teams = await startTeamsChannelServer();
  bot = await startServer({ PORT: '0', HOST: '127.0.0.1', MicrosoftAppId: '', MicrosoftAppPassword: '', LOG_LEVEL: 'silent', DIRECT_LINE_SECRET: '', STAFF_TENANT_ID: TENANT, STAFF_AAD_IDS: STAFF });
});

afterAll(async () => {
  await bot?.close();
  await teams?.close();
});

async function post(activity: Partial<Activity>): Promise<Response> {
  return fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
}

/** A message in the staff channel, as Teams sends it: thread id, tenant, @mention entity. */
function staffChannelMessage(extra: Partial<Activity>, aad = STAFF): Partial<Activity> {
  const id = `1700000000${String(++n).padStart(3, '0')}`;
  return {
    type: 'message',
    id,
    channelId: 'msteams',
    serviceUrl: teams.serviceUrl,
    from: { id: '29:1staff', name: 'Dr Kim', aadObjectId: aad },
    recipient: { id: '28:clinic-bot', name: 'Clinic' },
    conversation: { id: `${CHANNEL_CONVERSATION};messageid=${id}`, conversationType: 'channel', isGroup: true, tenantId: TENANT } as Activity['conversation'],
    channelData: { tenant: { id: TENANT }, teamsChannelId: CHANNEL_CONVERSATION, teamsTeamId: '19:team@thread.tacv2', channel: { id: CHANNEL_CONVERSATION }, team: { id: '19:team@thread.tacv2' } },
    locale: 'en-GB',
    timestamp: new Date(),
    ...extra,
  };
}

function webChatMessage(conversationId: string, text: string, id = `wc-${++n}`): Partial<Activity> {
  return {
    type: 'message',
    id,
    channelId: 'webchat',
    serviceUrl: teams.serviceUrl,
    from: { id: `dl_${conversationId}`, name: '', role: 'user' },
    recipient: { id: 'clinic-bot', name: 'Clinic', role: 'bot' },
    conversation: { id: conversationId } as Activity['conversation'],
    locale: 'en-GB',
    timestamp: new Date(),
    text,
  };
}

const handoffsInChannel = () => teams.posts(CHANNEL_CONVERSATION).filter((c) => c.activity.entities?.some((e) => e.type === 'clinic.handoff'));

describe('the staff side over HTTP', () => {
  it('set up with "notify here", receives exactly one handoff from a consenting Web Chat patient, and "done" updates it', async () => {
    const setUp = await post(staffChannelMessage({ text: '<at>Clinic</at> notify here', entities: [{ type: 'mention', text: '<at>Clinic</at>', mentioned: { id: '28:clinic-bot', name: 'Clinic' } }] }));
    expect(setUp.status).toBeLessThan(300);
    expect(JSON.stringify(teams.captured.at(-1)?.activity)).toContain('call-back requests will be posted here');

    await post(webChatMessage('wc-consent', 'please call me back'));
    await post(webChatMessage('wc-consent', 'yes'));
    expect(handoffsInChannel()).toHaveLength(0);
    const contact = webChatMessage('wc-consent', 'Jane 07700 900123');
    await post(contact);
    const handoffs = handoffsInChannel();
    expect(handoffs).toHaveLength(1);
    const entity = handoffs[0]!.activity.entities!.find((e) => e.type === 'clinic.handoff') as Record<string, unknown>;
    expect(entity).toMatchObject({ id: expect.any(String), level: expect.any(String) });
    expect(JSON.stringify(handoffs[0]!.activity)).toContain('07700 900123');
    const told = teams.posts('wc-consent').map((c) => c.activity.text ?? '').join(' ');
    expect(told).toMatch(/passed your request to the clinic team/);

    // Teams-style retry of the same message (same id): nothing new in the channel.
    await post(contact);
    expect(handoffsInChannel()).toHaveLength(1);

    // "Mark as done": an Action.Submit arrives with value and no text, replying to the card.
    const done = await post(staffChannelMessage({ text: undefined, value: { action: 'handoff.done', id: entity.id }, replyToId: handoffs[0]!.activityId }));
    expect(done.status).toBeLessThan(300);
    const updates = teams.updates(CHANNEL_CONVERSATION);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.activityId).toBe(handoffs[0]!.activityId);
    expect(JSON.stringify(updates[0]!.activity)).toContain('Done by Dr Kim');
    expect(JSON.stringify(updates[0]!.activity)).not.toContain('07700 900123');
  });

  it('a patient who declines produces no handoff', async () => {
    const before = handoffsInChannel().length;
    await post(webChatMessage('wc-decline', 'can I talk to someone'));
    await post(webChatMessage('wc-decline', 'No, thanks'));
    await post(webChatMessage('wc-decline', '07700 900999'));
    expect(handoffsInChannel()).toHaveLength(before);
  });

  it('a Teams user who is not staff gets the patient experience when typing "stats"', async () => {
    await post({
      type: 'message',
      id: 'p-1',
      channelId: 'msteams',
      serviceUrl: teams.serviceUrl,
      from: { id: '29:patient', name: 'Pat', aadObjectId: '99999999-8888-7777-6666-555555555555' },
      recipient: { id: '28:clinic-bot', name: 'Clinic' },
      conversation: { id: 'a:personal-patient', conversationType: 'personal', tenantId: TENANT } as Activity['conversation'],
      channelData: { tenant: { id: TENANT } },
      text: 'stats',
    });
    const replies = teams.posts('a:personal-patient');
    expect(replies.length).toBeGreaterThan(0);
    expect(JSON.stringify(replies)).not.toContain('Figures for');
  });

  it('staff get the stats card over HTTP', async () => {
    await post(staffChannelMessage({ text: '<at>Clinic</at> stats', entities: [{ type: 'mention', text: '<at>Clinic</at>', mentioned: { id: '28:clinic-bot', name: 'Clinic' } }] }));
    expect(JSON.stringify(teams.captured.at(-1)?.activity)).toContain('Figures for today');
  });

  it('answers an adaptiveCard/action invoke with 200 and a body', async () => {
    const res = await post(staffChannelMessage({ type: 'invoke', name: 'adaptiveCard/action', text: undefined, value: { action: { type: 'Action.Execute', verb: 'handoff.done', data: { id: 'no-such-request' } }, trigger: 'manual' } }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ statusCode: 200, type: expect.stringContaining('application/vnd.microsoft') });
  });
});
