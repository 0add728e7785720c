// GET /readyz: can this instance serve a conversation right now? Storage answers a small write and
// read within its deadline (the write also re-creates a lost Blob container), and the content is
// loaded. A load balancer takes a 503 instance out of rotation; /healthz only says the process is up.
import type { RequestHandler } from 'express';
import type { Storage } from 'botbuilder';
import type { BotServices } from '../../dialogs/services.ts';

const PROBE_KEY = 'readiness-probe';

export interface ReadinessOptions {
  storage: Storage;
  services: Pick<BotServices, 'content' | 'triage'>;
  isDraining: () => boolean;
}

export function readinessHandler({ storage, services, isDraining }: ReadinessOptions): RequestHandler {
  return async (_req, res) => {
    const content = services.content.articles.length > 0 && services.triage.protocol.flags.length > 0 ? 'ok' : 'missing';
    let state = 'ok';
    try {
      await storage.write({ [PROBE_KEY]: { at: new Date().toISOString(), eTag: '*' } });
      await storage.read([PROBE_KEY]);
    } catch {
      state = 'unavailable';
    }
    const ready = content === 'ok' && state === 'ok' && !isDraining();
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : isDraining() ? 'shutting down' : 'not ready', storage: state, content });
  };
}
