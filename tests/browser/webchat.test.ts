// The official Web Chat, in headless Chromium, against the real app on its local Direct Line:
// the welcome arrives without typing, a menu button works, a typed question gets an answer that
// names its article, and nothing fails along the way (no "Send failed", no console errors).
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server.ts';
import { loadArticles } from '../../src/clinical/articles.ts';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let server: RunningServer;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  // No app id and no Direct Line secret: the page talks to the app's own local Direct Line.
  server = await startServer({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', STORAGE: 'memory', MicrosoftAppId: '', DIRECT_LINE_SECRET: '' });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  page = await browser.newPage({ viewport: { width: 900, height: 800 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
}, 30_000);

afterAll(async () => {
  if (process.env.WEBCHAT_SCREENSHOT) await page?.screenshot({ path: process.env.WEBCHAT_SCREENSHOT });
  await browser?.close();
  await server?.close();
});

/** Text of every bot bubble in the transcript, oldest first. */
async function botTexts(): Promise<string[]> {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').allInnerTexts();
}

/** A visible button (Web Chat also keeps hidden copies for screen readers in a live region). */
function visibleButton(name: RegExp) {
  return page.getByRole('button', { name }).filter({ visible: true }).first();
}

describe('Web Chat on the local Direct Line', () => {
  it('greets, answers a menu click and a typed question with its source, without errors', async () => {
    await page.goto(`${server.url}/`);
    const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    expect(heading.length).toBeGreaterThan(0);
    expect(await page.title()).toBe(heading);

    // The welcome is there without typing anything, and names the clinic.
    await expect.poll(async () => (await botTexts()).join('\n'), { timeout: 15_000 }).toContain(heading);
    await visibleButton(/ask a question/i).click();
    await expect.poll(async () => (await botTexts()).length, { timeout: 10_000 }).toBeGreaterThan(1);

    const before = (await botTexts()).length;
    const box = page.getByRole('textbox', { name: /message/i });
    await box.fill('how can I ease a stiff lower back at home?');
    await box.press('Enter');

    // The answer names one of the clinic's articles. When the bot is unsure it first offers a few
    // "did you mean" choices as suggested actions; a user would click one, and so do we.
    const titles = loadArticles(path.resolve('content/articles')).map((article) => article.title.toLowerCase());
    const namesAnArticle = async () => {
      const reply = (await botTexts()).slice(before).join('\n').toLowerCase();
      return titles.some((title) => reply.includes(title));
    };
    const choices = page.getByRole('toolbar', { name: /suggested actions/i }).getByRole('button');
    await expect
      .poll(async () => (await namesAnArticle()) || ((await botTexts()).length > before && (await choices.count()) > 0), {
        timeout: 15_000,
      })
      .toBe(true);
    if (!(await namesAnArticle())) await choices.first().click();
    await expect.poll(namesAnArticle, { timeout: 10_000 }).toBe(true);

    // Our own messages came back from the Direct Line: without that echo they would stay "Sending"
    // and turn into "Send failed. Retry." after Web Chat's send timeout.
    await expect.poll(() => page.locator('.webchat__activity-status--sending').count(), { timeout: 5_000 }).toBe(0);
    expect(await page.getByText(/send failed/i).count()).toBe(0);
    expect(await page.getByText('how can I ease a stiff lower back at home?').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
