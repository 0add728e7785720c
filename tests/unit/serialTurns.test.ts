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
});
