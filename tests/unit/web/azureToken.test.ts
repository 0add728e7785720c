// Azure mode: the page gets a token exchanged server-side; the Direct Line secret never leaves the server.
import { testPageCopy } from '../../support/pageCopy.ts';
import type { AddressInfo } from 'node:net';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import express from 'express';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mountWebChat } from '../../../src/web/index.ts';

const secret = 'SECRET-never-in-the-browser-0123456789';

interface Seen {
  url?: string;
  authorization?: string;
  body?: { user?: { id?: string } };
}

let fakeAzure: Server;
let azureStatus = 200;
const seen: Seen = {};
let app: Server;
let base: string;
let azureDomain: string;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

beforeAll(async () => {
  fakeAzure = createServer(async (req, res) => {
    seen.url = req.url;
    seen.authorization = req.headers.authorization;
    seen.body = JSON.parse(await readBody(req)) as Seen['body'];
    res.writeHead(azureStatus, { 'Content-Type': 'application/json' });
    res.end(azureStatus === 200 ? JSON.stringify({ conversationId: 'AzConv-1', token: 'azure.jwt.token', expires_in: 3600 }) : `{"error":"${secret}"}`);
  });
  azureDomain = `${await listen(fakeAzure)}/v3/directline`;

  const web = express();
  mountWebChat(web, {
    adapter: new CloudAdapter(new ConfigurationBotFrameworkAuthentication({})),
    runBot: async () => {},
    localDirectLine: false,
    directLineSecret: secret,
    directLineDomain: azureDomain,
    botName: 'Clinic Bot',
    pageCopy: testPageCopy,
    locale: 'en-GB',
    rateLimits: { tokensPerAddress: 8 },
  });
  app = createServer(web);
  base = await listen(app);
});

afterAll(async () => {
  await new Promise((resolve) => app.close(resolve));
  await new Promise((resolve) => fakeAzure.close(resolve));
});

beforeEach(() => {
  azureStatus = 200;
});

describe('Web Chat with Azure Direct Line', () => {
  it('exchanges the secret for a token and returns only token, conversation, user, domain and lifetime', async () => {
    const res = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(secret);
    const body = JSON.parse(text) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual(['conversationId', 'domain', 'expiresIn', 'token', 'userId']);
    expect(body).toMatchObject({ token: 'azure.jwt.token', conversationId: 'AzConv-1', domain: azureDomain });
    expect(body.userId).toMatch(/^dl_[\w-]+$/);

    expect(seen.url).toBe('/v3/directline/tokens/generate');
    expect(seen.authorization).toBe(`Bearer ${secret}`);
    expect(seen.body?.user?.id).toBe(body.userId);
  });

  it('gives a fresh user id for every token', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
      ids.add(((await res.json()) as { userId: string }).userId);
    }
    expect(ids.size).toBe(3);
  });

  it('answers 502 without leaking anything when Azure refuses', async () => {
    azureStatus = 403;
    const res = await fetch(`${base}/api/webchat/token`, { method: 'POST' });
    expect(res.status).toBe(502);
    expect(await res.text()).not.toContain(secret);
  });

  it('keeps the secret out of the page and lets it connect only to the Azure origin', async () => {
    const res = await fetch(`${base}/`);
    expect(await res.text()).not.toContain(secret);
    expect(res.headers.get('content-security-policy')).toContain(`connect-src 'self' ${new URL(azureDomain).origin}`);
  });

  it('does not mount the local Direct Line', async () => {
    const res = await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: 'Bearer x' } });
    expect(res.status).toBe(404);
  });

  // Last: it spends this address's allowance.
  it('limits token exchanges per address, so the secret cannot be used to flood Azure', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await fetch(`${base}/api/webchat/token`, { method: 'POST' })).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });
});
