// A clinic with the staff side switched on, on the TestAdapter: patients' conversations and staff
// Teams conversations share the same call-back store and figures; posts to the staff channel are
// captured by a transport that records them (the real one over HTTP is tested in tests/http).
import { MemoryStorage, type Activity, type ConversationReference } from 'botbuilder';
import type { BotServices } from '../../dialogs/services.ts';
import { MemoryFiguresLog } from '../../src/figures/memoryFiguresLog.ts';
import { FiguresRecorder } from '../../src/figures/recorder.ts';
import { buildStaffServices } from '../../src/teams/staffServices.ts';
import { realServices, startConversation, type TestConversation } from './testBot.ts';

export const TENANT = '11111111-2222-3333-4444-555555555555';
export const STAFF_AAD = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
export const OTHER_AAD = '99999999-8888-7777-6666-555555555555';

let patients = 0;

export interface Posted {
  reference: Partial<ConversationReference>;
  activity: Partial<Activity>;
  id: string;
}

export interface StaffClinic {
  services: BotServices;
  posted: Posted[];
  updated: Posted[];
  patient(channel?: string): TestConversation;
  /** A Teams conversation of a staff member (or, with `aad`, of anyone in the tenant). */
  teams(opts?: { aad?: string; conversationType?: 'personal' | 'channel'; conversationId?: string }): TestConversation & { send(text: string | Partial<Activity>): Promise<Partial<Activity>[]> };
}

export function startStaffClinic(opts: { now?: () => Date; channelSet?: boolean } = {}): StaffClinic {
  const base = realServices();
  const now = opts.now ?? (() => new Date());
  const storage = new MemoryStorage();
  const staff = buildStaffServices(
    { STAFF_TENANT_ID: TENANT, STAFF_AAD_IDS: [STAFF_AAD], FIGURES_RETENTION_DAYS: 30, HANDOFF_RETENTION_DAYS: 14 },
    storage,
    base.content,
    base.triage,
    now,
    () => {},
  );
  const figures = new FiguresRecorder(new MemoryFiguresLog(), { retentionDays: 30, now, skip: (a) => staff.directory.isStaff(a) });
  const posted: Posted[] = [];
  const updated: Posted[] = [];
  staff.handoffs.connect({
    async post(reference, activity) {
      const id = `card-${posted.length + 1}`;
      posted.push({ reference, activity, id });
      return id;
    },
    async update(reference, activity) {
      updated.push({ reference, activity, id: String(activity.id) });
    },
  });
  const services: BotServices = { ...base, staff, figures, now };
  return {
    services,
    posted,
    updated,
    patient(channel = 'webchat') {
      // Each patient their own conversation and user, as on a real channel.
      const chat = startConversation(channel, { staff, figures, now });
      const n = ++patients;
      chat.adapter.conversation.conversation = { ...chat.adapter.conversation.conversation, id: `patient-conv-${n}` };
      chat.adapter.conversation.user = { id: `patient-user-${n}`, name: 'Patient' };
      return chat;
    },
    teams(o = {}) {
      const chat = startConversation('msteams', { staff, figures, now });
      const conversation = { id: o.conversationId ?? (o.conversationType === 'channel' ? '19:staffchannel@thread.tacv2' : 'a:personal-1'), conversationType: o.conversationType ?? 'personal', tenantId: TENANT, isGroup: o.conversationType === 'channel' } as Activity['conversation'];
      const send = (input: string | Partial<Activity>) => {
        const extra = typeof input === 'string' ? { text: input } : input;
        return chat.say({
          from: { id: '29:staff-1', name: 'Dr Kim', aadObjectId: o.aad ?? STAFF_AAD },
          recipient: { id: '28:bot', name: 'Clinic' },
          conversation,
          channelData: { tenant: { id: TENANT }, ...(o.conversationType === 'channel' ? { channel: { id: '19:staffchannel@thread.tacv2' }, team: { id: '19:team@thread.tacv2' } } : {}) },
          serviceUrl: 'https://smba.trafficmanager.net/emea/',
          ...extra,
        });
      };
      return Object.assign(chat, { send });
    },
  };
}

/** Plays a patient up to the end of a calm check ("book soon"), returning the last replies. */
export const LONG_HIP_ANSWERS = { duration: 'about 2 months', improving: 'About the same', severity: '5', age: '58' };
