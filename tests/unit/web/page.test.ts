// The widget page before any script runs, its scripts compressed and cached by version, and the
// one-line embed script styled from the clinic's settings.
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { ActivityHandler } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebChatServer, type WebChatServer } from '../../support/webChatServer.ts';
import { testPageCopy } from '../../support/pageCopy.ts';

let web: WebChatServer;
beforeAll(async () => {
  web = await startWebChatServer(new ActivityHandler(), { botName: 'Test <Clinic>' });
});
afterAll(async () => web?.close());

/** A raw GET (fetch would decompress and hide the encoding). */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${web.base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the widget page', () => {
  it('says who it is, that it is loading, and how to call for help, in the HTML itself', async () => {
    const page = await get('/');
    const html = page.body.toString('utf8');
    expect(html).toContain('<h1>Test &#60;Clinic&#62;</h1>');
    expect(html).toContain(testPageCopy.loading);
    expect(html).toMatch(/<a href="tel:999">999<\/a>/);
    expect(html).toMatch(/<html lang="en-GB">/);
    // The scripts come after the content and do not block it.
    expect(html.indexOf(testPageCopy.loading)).toBeLessThan(html.indexOf('<script src='));
    expect(html.match(/<script src="[^"]+" defer><\/script>/g)).toHaveLength(2);
  });

  it('serves its scripts compressed and cached for a year under a versioned name', async () => {
    const html = (await get('/')).body.toString('utf8');
    const urls = [...html.matchAll(/<script src="([^"]+)" defer>/g)].map((m) => m[1]!);
    expect(urls).toEqual([expect.stringMatching(/^\/assets\/webchat-[\d.]+\.js$/), expect.stringMatching(/^\/assets\/chat-[0-9a-f]{12}\.js$/)]);
    for (const url of urls) {
      const res = await get(url, { 'Accept-Encoding': 'gzip' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['cache-control']).toContain('immutable');
      expect(gunzipSync(res.body).length).toBeGreaterThan(res.body.length);
    }
  });

  it('offers a one-line embed script that opens the chat from a floating button, in the clinic colour', async () => {
    const res = await get('/embed.js', { 'Accept-Encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    const js = gunzipSync(res.body).toString('utf8');
    expect(js).toContain('"primary":"#0b5d6b"');
    expect(js).toContain(JSON.stringify(testPageCopy.openChat));
    expect(js).not.toContain('/*SETTINGS*/');
    expect(() => new Function(js)).not.toThrow();
  });
});
