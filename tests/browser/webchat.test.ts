// The official Web Chat, in headless Chromium, against the real app on its local Direct Line, at a
// phone's size and a desktop's. Screenshots go to test-artifacts/. What a patient would notice:
// the page says who it is and how to call for help before the script arrives; the welcome, a menu
// click and a typed question work; after a typed red flag the last thing on screen is the emergency
// call; every text is readable (contrast computed from the rendered page); keyboard-only use works;
// a double click does not lock the send box; a reload keeps the transcript. It prints the time from
// the bot's send to the text on screen (a figure, not asserted).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.ts';
import { loadArticles } from '../../src/clinical/articles.ts';
import { contrastProblems, type ContrastProblem } from './contrast.ts';

/** Another origin, served by the test itself (page.route), standing for the clinic's website. */
const CLINIC_SITE = 'http://clinic-site.test';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The embed test's "clinic site" and the bot are both on this machine; Chromium would treat the
  // site as public and refuse its script from a loopback address (on the web both are public).
  '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
];
const artifacts = path.resolve('test-artifacts');
const RED_FLAG = "I've wet myself without noticing and my bottom feels numb";

let server: RunningServer;
let browser: Browser;
const latencies: number[] = [];

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  // No app id and no Direct Line secret: the page talks to the app's own local Direct Line.
  // The clinic's own site (the embed test's page) may frame the chat: FRAME_ANCESTORS says so.
  server = await startServer({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', STORAGE: 'memory', MicrosoftAppId: '', DIRECT_LINE_SECRET: '', FRAME_ANCESTORS: CLINIC_SITE });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  if (latencies.length > 0) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    console.log(`[webchat] bot send → text on screen over ${sorted.length} messages: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${sorted.at(-1)} ms`);
  }
  await browser?.close();
  await server?.close();
});

async function openPage(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  return { context, page, errors, sockets };
}

const botBubbles = (page: Page) => page.locator('.webchat__bubble:not(.webchat__bubble--from-user)');
const botTexts = (page: Page) => botBubbles(page).allInnerTexts();
const sendBox = (page: Page) => page.getByRole('textbox', { name: /message/i });
/** A visible, enabled button (Web Chat also keeps hidden copies for screen readers). */
const button = (page: Page, name: RegExp) => page.getByRole('button', { name, disabled: false }).filter({ visible: true }).last();

async function send(page: Page, text: string) {
  await sendBox(page).fill(text);
  await sendBox(page).press('Enter');
}

/** Records when each bot bubble's text first appears (ms since epoch), to compare with the bot's send time. */
async function watchArrivals(page: Page) {
  await page.evaluate(() => {
    const seen: { text: string; at: number }[] = [];
    (window as unknown as { __arrivals: typeof seen; __watchedFrom: number }).__arrivals = seen;
    (window as unknown as { __watchedFrom: number }).__watchedFrom = Date.now();
    // Bubbles already on screen arrived before we watched: not timed.
    document.querySelectorAll('.webchat__bubble').forEach((el) => ((el as HTMLElement).dataset.seen = '1'));
    new MutationObserver(() => {
      const at = Date.now();
      document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').forEach((el) => {
        if ((el as HTMLElement).dataset.seen) return;
        (el as HTMLElement).dataset.seen = '1';
        seen.push({ text: (el as HTMLElement).innerText, at });
      });
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

async function collectLatencies(page: Page) {
  const { arrivals, session, from } = await page.evaluate(() => ({
    arrivals: (window as unknown as { __arrivals: { text: string; at: number }[] }).__arrivals,
    from: (window as unknown as { __watchedFrom: number }).__watchedFrom,
    session: JSON.parse(sessionStorage.getItem('clinic-chat:/') ?? '{}') as { token: string; conversationId: string },
  }));
  const res = await fetch(`${server.url}/v3/directline/conversations/${session.conversationId}/activities`, { headers: { Authorization: `Bearer ${session.token}` } });
  const { activities } = (await res.json()) as { activities: { from: { role?: string }; text?: string; timestamp: string }[] };
  // Each bot text sent while we watched, matched in order to the first unused bubble showing it.
  const unused = [...arrivals];
  for (const activity of activities) {
    if (activity.from.role !== 'bot' || !activity.text || Date.parse(activity.timestamp) < from) continue;
    const i = unused.findIndex((a) => a.text.trim().startsWith(activity.text!.slice(0, 40).trim()));
    if (i < 0) continue;
    latencies.push(unused[i]!.at - Date.parse(activity.timestamp));
    unused.splice(i, 1);
  }
}

for (const [label, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  describe(`Web Chat at ${label} size (${viewport.width}x${viewport.height})`, () => {
    it('loads gracefully, answers, puts the emergency call last on screen, stays readable, survives a double click and a reload', async () => {
      const { context, page, errors, sockets } = await openPage(viewport);
      try {
        // Slow network: the Web Chat bundle takes a while. The page already says who it is, that it
        // is loading, and how to call for help.
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/assets/webchat-*.js', async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(`${server.url}/`, { waitUntil: 'commit' });
        const heading = page.getByRole('heading', { level: 1 });
        await expect.poll(() => heading.isVisible(), { timeout: 10_000 }).toBe(true);
        const name = (await heading.innerText()).trim();
        expect(await page.title()).toBe(name);
        expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/);
        expect(await page.getByText(/loading/i).isVisible()).toBe(true);
        const emergencyLinks = page.locator('a[href="tel:999"]');
        expect(await emergencyLinks.filter({ visible: true }).count()).toBeGreaterThan(0);
        await page.screenshot({ path: path.join(artifacts, `${label}-0-loading.png`) });
        release();

        // The welcome names the clinic; it came over a WebSocket, not the 1 s poll.
        await expect.poll(async () => (await botTexts(page)).join('\n'), { timeout: 20_000 }).toContain(name);
        await watchArrivals(page);
        expect(sockets.some((url) => /\/v3\/directline\/conversations\/.+\/stream/.test(url))).toBe(true);
        expect(await contrastProblems(page)).toEqual([] as ContrastProblem[]);

        // Keyboard only: Tab reaches the send box and the menu (a toolbar: arrow keys move inside
        // it), and Enter on a button works.
        const focused = () =>
          page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            return el ? `${el.tagName}:${el.getAttribute('aria-label') || el.getAttribute('title') || el.innerText || ''}` : '';
          });
        const reached = new Set<string>();
        await page.locator('body').focus();
        for (let i = 0; i < 30 && reached.size < 2; i++) {
          await page.keyboard.press('Tab');
          const now = await focused();
          if (/^(INPUT|TEXTAREA):/.test(now)) reached.add('send box');
          if (/^BUTTON:check my symptoms/i.test(now)) reached.add('menu');
        }
        expect([...reached].sort()).toEqual(['menu', 'send box']);
        for (let i = 0; i < 30 && !/^BUTTON:check my symptoms/i.test(await focused()); i++) await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('ArrowRight');
        expect(await focused()).toMatch(/^BUTTON:ask a question/i);
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await botTexts(page)).join('\n').toLowerCase(), { timeout: 10_000 }).toContain('type your question');

        // A typed question: the answer names one of the clinic's articles (or "did you mean" first).
        const before = (await botTexts(page)).length;
        await send(page, 'how can I ease a stiff lower back at home?');
        const titles = loadArticles(path.resolve('content/articles')).map((a) => a.title.toLowerCase());
        const namesAnArticle = async () => {
          const reply = (await botTexts(page)).slice(before).join('\n').toLowerCase();
          return titles.some((t) => reply.includes(t));
        };
        const choices = page.getByRole('toolbar', { name: /suggested actions/i }).getByRole('button');
        await expect.poll(async () => (await namesAnArticle()) || ((await botTexts(page)).length > before && (await choices.count()) > 0), { timeout: 15_000 }).toBe(true);
        if (!(await namesAnArticle())) await choices.first().click();
        await expect.poll(namesAnArticle, { timeout: 10_000 }).toBe(true);
        await page.screenshot({ path: path.join(artifacts, `${label}-1-answer.png`) });

        // A double click on a card button answers once and leaves the send box usable. (The vote is
        // a postBack, which Web Chat does not echo: count the bot's thanks instead.)
        const helpful = button(page, /not helpful/i);
        const thanks = async () => (await botTexts(page)).filter((t) => /helps us improve/i.test(t)).length;
        await helpful.dblclick();
        await expect.poll(thanks, { timeout: 10_000 }).toBe(1);
        await page.waitForTimeout(1_500);
        expect(await thanks()).toBe(1);
        expect(await helpful.count()).toBe(0); // that card's buttons are done
        expect(await sendBox(page).isEditable()).toBe(true);
        expect(await contrastProblems(page)).toEqual([] as ContrastProblem[]);

        // A typed red flag: the outcome ends with the emergency call, the last thing in the viewport.
        await send(page, RED_FLAG);
        const call = page.locator('.ac-pushButton.style-destructive').filter({ visible: true }).last();
        await expect.poll(() => call.count(), { timeout: 15_000 }).toBe(1);
        await page.waitForTimeout(800); // Web Chat scrolls to the end smoothly
        expect(await call.innerText()).toMatch(/call 999/i);
        const lastThing = await page.evaluate(() => {
          const transcript = document.querySelector('.webchat__basic-transcript__scrollable') as HTMLElement;
          const view = transcript.getBoundingClientRect();
          const bottom = Math.min(view.bottom, window.innerHeight);
          const items = [...transcript.querySelectorAll('button, p, .ac-textBlock, a')].filter((el) => {
            const r = el.getBoundingClientRect();
            return r.height > 0 && r.bottom > view.top && r.top < bottom;
          });
          const last = items.sort((a, b) => a.getBoundingClientRect().bottom - b.getBoundingClientRect().bottom).at(-1) as HTMLElement;
          const r = last.getBoundingClientRect();
          return { text: last.innerText, cls: last.className, fullyVisible: r.top >= view.top && r.bottom <= bottom, height: r.height };
        });
        expect(lastThing.cls).toContain('style-destructive');
        expect(lastThing.fullyVisible).toBe(true);
        expect(lastThing.height).toBeGreaterThanOrEqual(44); // large enough to hit with a thumb
        // Nothing after it: no contact card with "Book an appointment" below the outcome.
        expect(await botBubbles(page).last().locator('.ac-pushButton.style-destructive').count()).toBe(1);
        await page.screenshot({ path: path.join(artifacts, `${label}-2-emergency.png`) });
        expect(await contrastProblems(page)).toEqual([] as ContrastProblem[]);

        // A later message gets the reminder of the outcome first.
        await send(page, 'hello');
        await expect.poll(async () => (await botTexts(page)).join('\n'), { timeout: 10_000 }).toMatch(/reminder: .*emergency care/i);
        await collectLatencies(page);

        // A reload keeps the transcript (the red flag's outcome included) and the chat goes on.
        const kept = await botTexts(page);
        await page.reload();
        await expect.poll(async () => (await botTexts(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(kept.length);
        expect((await botTexts(page)).join('\n')).toContain(kept.find((t) => /emergency care now/i.test(t))!.slice(0, 40));
        // Cards answered before the reload stay answered: their buttons are not live again.
        await expect.poll(() => button(page, /read more/i).count(), { timeout: 5_000 }).toBe(0);
        await send(page, 'help');
        await expect.poll(async () => (await botTexts(page)).length, { timeout: 10_000 }).toBeGreaterThan(kept.length);
        await page.screenshot({ path: path.join(artifacts, `${label}-3-after-reload.png`) });

        // Zoom to 200 %: the same page in half the CSS pixels still fits without sideways scrolling.
        await page.setViewportSize({ width: Math.round(viewport.width / 2), height: Math.round(viewport.height / 2) });
        await page.waitForTimeout(300);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await sendBox(page).isVisible()).toBe(true);
        const cutOff = await page.evaluate(() =>
          [...document.querySelectorAll('#webchat button')]
            .filter((b) => (b as HTMLElement).offsetParent !== null && b.scrollWidth > b.clientWidth + 1)
            .map((b) => (b as HTMLElement).innerText),
        );
        expect(cutOff).toEqual([]);
        await page.screenshot({ path: path.join(artifacts, `${label}-4-zoom200.png`) });

        await expect.poll(() => page.locator('.webchat__activity-status--sending').count(), { timeout: 5_000 }).toBe(0);
        expect(await page.getByText(/send failed/i).count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 150_000);
  });
}

describe('the one-line embed', () => {
  it('adds a floating button on another page that opens the chat and closes again', async () => {
    const { context, page, errors } = await openPage({ width: 1280, height: 800 });
    try {
      // Any page of the clinic's site (another origin): here, a blank one with only the snippet.
      const site = `${CLINIC_SITE}/clinic-site-page`;
      await page.route(site, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>Clinic</title><p>Our clinic</p><script src="${server.url}/embed.js" async></script>` }),
      );
      await page.goto(site);
      const open = page.getByRole('button', { name: /chat with us/i });
      await open.click();
      const frame = page.frameLocator('iframe[title]');
      await expect.poll(() => frame.getByRole('heading', { level: 1 }).innerText(), { timeout: 20_000 }).toMatch(/clinic/i);
      await expect.poll(() => frame.locator('.webchat__bubble').count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(artifacts, 'embed-open.png') });
      await page.getByRole('button', { name: /close/i }).click();
      expect(await open.isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
