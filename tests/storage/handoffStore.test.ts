// Call-back requests and the staff channel set by "notify here" are kept in the state storage
// (Azure Blob on Azurite here): a restarted bot still knows where to post and what is open.
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandoffService } from '../../src/teams/handoffs.ts';
import { startAzurite, type Azurite } from '../support/azurite.ts';

let azurite: Azurite;

beforeAll(async () => {
  azurite = await startAzurite();
});

afterAll(async () => {
  await azurite?.stop();
});

function service(): HandoffService {
  return new HandoffService(new BlobsStorage(azurite.connectionString, 'handoffs-test'), { retentionDays: 14, now: () => new Date(), render: (r) => ({ type: 'message', text: r.id }) });
}

describe('call-back requests on Azure Blob Storage', () => {
  it('keep the staff channel and open requests across a restart', async () => {
    const first = service();
    const posted: string[] = [];
    first.connect({ post: async (_ref, a) => (posted.push(String(a.text)), 'card-1'), update: async () => {} });
    await first.setStaffChannel({ channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: '19:staff@thread.tacv2' } as never });
    const created = await first.create({ id: 'req-1', reason: 'contact', reasons: [], summary: [], contact: { phone: '07700 900123' }, user: 'u', conversation: 'c', channel: 'webchat' });
    expect(created.outcome).toBe('posted');

    const second = service();
    expect((await second.staffChannel())?.conversation?.id).toBe('19:staff@thread.tacv2');
    const [open] = await second.list();
    expect(open).toMatchObject({ id: 'req-1', status: 'open', contact: { phone: '07700 900123' }, card: { activityId: 'card-1' } });
    second.connect({ post: async () => 'x', update: async () => {} });
    // The same message retried on the other instance posts nothing.
    expect((await second.create({ id: 'req-1', reason: 'contact', reasons: [], summary: [], contact: { phone: '07700 900123' }, user: 'u', conversation: 'c', channel: 'webchat' })).outcome).toBe('duplicate');
    expect(posted).toHaveLength(1);
  });
});
