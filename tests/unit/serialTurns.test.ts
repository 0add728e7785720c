import { describe, expect, it } from 'vitest';
import { SerialTurns } from '../../src/serialTurns.ts';

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SerialTurns', () => {
  it('runs the turns of one conversation one after another, in arrival order', async () => {
    const serial = new SerialTurns();
    const log: string[] = [];
    const turn = (name: string, ms: number) => async () => {
      log.push(`${name} start`);
      await later(ms);
      log.push(`${name} end`);
    };
    await Promise.all([serial.run('c1', turn('first', 30)), serial.run('c1', turn('second', 1))]);
    expect(log).toEqual(['first start', 'first end', 'second start', 'second end']);
  });

  it('lets different conversations run side by side', async () => {
    const serial = new SerialTurns();
    const log: string[] = [];
    await Promise.all([
      serial.run('a', async () => {
        log.push('a start');
        await later(30);
        log.push('a end');
      }),
      serial.run('b', async () => {
        log.push('b start');
      }),
    ]);
    expect(log.indexOf('b start')).toBeLessThan(log.indexOf('a end'));
  });

  it('goes on after a failed turn, and forgets idle conversations', async () => {
    const serial = new SerialTurns();
    const failed = serial.run('c', async () => {
      throw new Error('boom');
    });
    const next = serial.run('c', async () => undefined);
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBeUndefined();
    await later(0);
    expect(serial.pending).toBe(0);
  });

  it('does not let a hung turn block its conversation: the turn is abandoned at its deadline and the next one runs', async () => {
    const serial = new SerialTurns(100);
    let abandoned: AbortSignal | undefined;
    const hung = serial.run('c', (signal) => {
      abandoned = signal;
      return new Promise<void>(() => undefined);
    });
    const started = Date.now();
    const next = serial.run('c', async () => undefined);
    await expect(hung).rejects.toThrow(/took longer than 100 ms/);
    await expect(next).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(abandoned?.aborted).toBe(true);
  });

  it('waits for turns in flight when asked to drain, up to the grace time', async () => {
    const serial = new SerialTurns(5000);
    let finished = false;
    void serial.run('c', async () => {
      await later(50);
      finished = true;
    });
    expect(await serial.idle(2000)).toBe(true);
    expect(finished).toBe(true);
    void serial.run('d', async () => void (await later(1000)));
    expect(await serial.idle(20)).toBe(false);
  });
});
