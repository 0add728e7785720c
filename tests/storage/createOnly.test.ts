// A new conversation is created only once: two instances that both find no state for it (its first
// message and a retry, or two messages at once) cannot both write it; the second loses the race and
// its turn is replayed on the first one's state. Against Azurite (Blob state) and in memory.
import { ContainerClient } from '@azure/storage-blob';
import { MemoryStorage, TestAdapter, UserState, type StoreItems } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MainDialog } from '../../dialogs/mainDialog.ts';
import { ClinicBot } from '../../src/bot.ts';
import { RecoveringBlobsStorage } from '../../src/state/recoveringBlobsStorage.ts';
import { CREATE_ONLY, readLedger, SafeConversationState } from '../../src/state/safeConversationState.ts';
import { startAzurite, type Azurite } from '../support/azurite.ts';
import { realServices } from '../support/testBot.ts';

// One emulator for the file's Blob tests (each uses its own container).
let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(async () => azurite?.stop());

describe('Blob state: a document is created once', () => {
  it('refuses the second creation as an eTag conflict, keeps the first, and updates it with its eTag', async () => {
    const one = new RecoveringBlobsStorage(azurite.connectionString, 'create-once', 2000);
    const two = new RecoveringBlobsStorage(azurite.connectionString, 'create-once', 2000);
    const key = 'emulator/conversations/new-conv';
    await one.write({ [key]: { said: 'emergency', eTag: CREATE_ONLY } });
    await expect(two.write({ [key]: { said: 'no', eTag: CREATE_ONLY } })).rejects.toThrow(/eTag conflict/);
    const stored = (await two.read([key]))[key] as { said: string; eTag: string };
    expect(stored.said).toBe('emergency');
    await two.write({ [key]: { said: 'emergency, then more', eTag: stored.eTag } });
    expect(((await one.read([key]))[key] as { said: string }).said).toBe('emergency, then more');
  });
});

describe('Blob state: the container deleted under a running bot', () => {
  const dropContainer = (name: string) => new ContainerClient(azurite.connectionString, name).deleteIfExists();

  it('a write (no read before it) creates the container again and is kept; so is a first creation', async () => {
    const storage = new RecoveringBlobsStorage(azurite.connectionString, 'lost-container', 2000);
    await storage.write({ 'a/conversations/one': { said: 'first' } });
    expect(await dropContainer('lost-container')).toMatchObject({ succeeded: true });
    await storage.write({ 'a/conversations/one': { said: 'after the loss' } });
    expect(((await storage.read(['a/conversations/one']))['a/conversations/one'] as { said: string }).said).toBe('after the loss');

    await dropContainer('lost-container');
    await storage.write({ 'a/conversations/two': { said: 'created', eTag: CREATE_ONLY }, 'a/users/two': { said: 'user' } });
    const back = await storage.read(['a/conversations/two', 'a/users/two']);
    expect(back['a/conversations/two']).toMatchObject({ said: 'created' });
    expect(back['a/users/two']).toMatchObject({ said: 'user' });
  });

  it('any other failure is not retried as a lost container: the error reaches the caller', async () => {
    const storage = new RecoveringBlobsStorage(azurite.connectionString, 'bad name with spaces', 2000);
    await expect(storage.write({ 'a/conversations/x': { said: 'x' } })).rejects.toThrow();
    await expect(storage.write({ 'a/conversations/y': { said: 'y', eTag: CREATE_ONLY } })).rejects.toThrow();
  });
});

/** Memory storage where another instance creates the conversation just before our first write. */
class CreatedMeanwhile extends MemoryStorage {
  conflicts = 0;
  private raced = false;
  override async write(changes: StoreItems): Promise<void> {
    const key = Object.keys(changes).find((k) => k.includes('/conversations/'));
    if (key && !this.raced) {
      this.raced = true;
      await super.write({ [key]: { turnLedger: { handled: ['other-instance'], highestLevel: 'emergency' } } });
    }
    try {
      return await super.write(changes);
    } catch (err) {
      this.conflicts++;
      throw err;
    }
  }
}

describe('a new conversation started on two instances at once', () => {
  it('replays the losing turn on the state the other wrote: the emergency it reached is kept', async () => {
    const storage = new CreatedMeanwhile();
    const services = { ...realServices(), storage };
    const conversationState = new SafeConversationState(storage);
    const userState = new UserState(storage);
    const bot = new ClinicBot(conversationState, userState, new MainDialog(services, conversationState, userState), { services });
    let ledger: Awaited<ReturnType<typeof readLedger>> | undefined;
    const adapter = new TestAdapter(async (context) => {
      await bot.run(context);
      ledger = await readLedger(conversationState, context);
    }, { channelId: 'webchat', locale: 'en-GB' });
    await adapter.receiveActivity({ type: 'message', text: 'is heat or ice better for back pain?' });
    const replies = adapter.activeQueue.splice(0);
    expect(storage.conflicts).toBe(1);
    // One answer, not two; and the other instance's emergency is still the conversation's level.
    expect(replies.flatMap((r) => (r.entities ?? []).filter((e) => e.type === 'clinic.answer'))).toHaveLength(1);
    expect(ledger?.highestLevel).toBe('emergency');
    expect(ledger?.handled).toContain('other-instance');
  });
});
