import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axe, axeSummary, startServer } from './helpers';

// The embed views for consoles (README, "Embedding"): their HTML over plain HTTP, then framed in
// a page of another loopback origin (`localhost` against the site's `127.0.0.1`) — by a server
// that lists that origin in FRAME_ANCESTORS, and by the suite's own server, which does not.
const sitePort = Number(process.env.E2E_PORT ?? 3210);
const defaultSite = `http://127.0.0.1:${sitePort}`;
// Started here with the host page's origin allowed (headers.spec takes +5).
const allowedPort = sitePort + 6;
const allowedSite = `http://127.0.0.1:${allowedPort}`;

const clause = (lang: string) => `/${lang}/embed/membership-agreement/eu/11.5`;
const agreement = (lang: string) => `/${lang}/embed/membership-agreement/eu`;
const attribute = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
const links = (html: string) => [...html.matchAll(/<a\s[^>]*>/g)].map((m) => m[0]);

test.describe('the HTML', () => {
  test('a clause embed: no site chrome, the number, both languages, the new-tab link', async ({
    request,
  }) => {
    const response = await request.get(clause('en'));
    expect(response.status()).toBe(200);
    expect(response.headers()['x-frame-options']).toBeUndefined();
    expect(response.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
    const html = await response.text();
    expect(html).not.toContain('site-header');
    expect(attribute(html, 'href').filter((href) => /^\/(en|zh)\/?$/.test(href))).toEqual([]);
    expect(html).toContain(
      '<h1 id="embed-title" class="m-0 text-lg font-bold first-letter:uppercase">clause 11.5</h1>',
    );
    // Europe: the Chinese reference translation and the official English text of 11.5.
    expect(html).toContain('<p>11.5 除阿里云在本协议中明确规定的任何保证、陈述、条件和承诺外');
    expect(html).toContain(
      '<p>11.5 Save only for any warranties, representations, conditions and undertakings',
    );
    expect(html).toMatch(/<p class="[^"]*\bmark-liability\b[^"]*">/);
    expect(html).toContain('<q lang="en" data-phrase-lang="en">excludes … warranties</q>');
    expect(html).toContain(
      '<a href="/en/agreements/membership-agreement/eu#clause-11.5" target="_blank" rel="noopener"',
    );
    expect(html).toMatch(/<script src="\/islands\/embed-[A-Z0-9]{8}\.js" defer="">/);
    // Every link leaves the frame, in a new tab.
    expect(links(html).filter((link) => !link.includes('target="_blank"'))).toEqual([]);
  });

  test('the default region is spelled out in the embed URL, not in the agreement link', async ({
    request,
  }) => {
    const html = await (await request.get('/zh/embed/membership-agreement/intl/11.5')).text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('>第11.5条</h1>');
    expect(html).toContain('地区：国际');
    expect(html).toContain(
      '<a href="/zh/agreements/membership-agreement#clause-11.5" target="_blank" rel="noopener"',
    );
  });

  test('region marks open the addendum item in the agreement page', async ({ request }) => {
    // Australia: 11.5 replaced by the Australia Addendum's item 3, the printed text beside it.
    const html = await (await request.get('/en/embed/membership-agreement/au/11.5')).text();
    expect(html).toMatch(
      /<a href="\/en\/agreements\/membership-agreement\/au#clause-au-addendum\.3" target="_blank" rel="noopener"[^>]*>Replaced for Australia by Australia Addendum to Alibaba Cloud Membership Agreement, item 3<\/a>/,
    );
    expect(html).toMatch(/<summary[^>]*>Show the text as printed in the agreement<\/summary>/);
    expect(links(html).filter((link) => !link.includes('target="_blank"'))).toEqual([]);
  });

  test('a clause with items shows them; a clause only Europe has is there only', async ({ request }) => {
    const html = await (await request.get('/en/embed/membership-agreement/eu/9.1')).text();
    expect(attribute(html, 'data-clause').filter((ref) => ref !== '9.1')).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((item) => `9.1.${item}`),
    );
    expect((await request.get('/en/embed/membership-agreement/eu/9.1.g')).status()).toBe(200);
    expect((await request.get('/en/embed/membership-agreement/intl/9.1.g')).status()).toBe(404);
  });

  test('the agreement embed: the view without the site header, library link or region picker', async ({
    request,
  }) => {
    const response = await request.get(agreement('en'));
    expect(response.status()).toBe(200);
    expect(response.headers()['x-frame-options']).toBeUndefined();
    const html = await response.text();
    expect(html).not.toContain('site-header');
    expect(html).not.toContain('region-picker');
    // Links within the agreement stay in the frame; every other link opens a new tab.
    const inFrame = links(html).filter((link) => !link.includes('target="_blank"'));
    expect(inFrame.length).toBeGreaterThan(100);
    expect(inFrame.filter((link) => !link.includes('href="#'))).toEqual([]);
    expect(html).toContain('<a href="/en/agreements/membership-agreement/eu" target="_blank" rel="noopener"');
    expect(html).toContain('id="clause-9.1.g"');
    expect(html).toContain('Alibaba.com (Europe) Limited');
    expect(html).toMatch(/<script src="\/islands\/embed-[A-Z0-9]{8}\.js" defer="">/);
  });

  test('an unknown clause, region, agreement or language is a 404', async ({ request }) => {
    for (const path of [
      '/en/embed/membership-agreement/eu/99.99',
      '/en/embed/membership-agreement/eu/clause-11.5',
      '/en/embed/membership-agreement/eu/11-5',
      '/en/embed/membership-agreement/eu/11.5.',
      '/en/embed/membership-agreement/eu/11.5%00',
      '/en/embed/membership-agreement/eu/..%2F11.5',
      '/en/embed/membership-agreement/eu/11.5/extra',
      '/en/embed/membership-agreement/cn/11.5',
      '/en/embed/membership-agreement/-/11.5',
      '/en/embed/membership-agreement/-',
      '/en/embed/membership-agreement',
      '/en/embed/none/intl/11.5',
      '/fr/embed/membership-agreement/eu/11.5',
    ])
      expect((await request.get(path)).status(), path).toBe(404);
  });
});

// The embedding page: the README's snippet (its iframe holds the clause embed), with the terms
// site's origin put in, a second iframe for the agreement embed, and a record of the messages.
function snippet(): string {
  const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].find((m) =>
    m[1]!.includes('bilingual-terms:height'),
  );
  if (!block) throw new Error('README.md has no ```html block with the embedding snippet');
  return block[1]!;
}

function hostPage(site: string, lang: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Console</title></head>
<body style="margin: 0 auto; max-width: 960px; padding: 16px; font-family: sans-serif; background: #eef1f4">
<h1 style="font-size: 18px">Console: your contract</h1>
<script>
  window.received = [];
  window.addEventListener('message', (event) => window.received.push({ origin: event.origin, data: event.data }));
</script>
${snippet().replaceAll('https://terms.example.com', site).replace('/en/embed/', `/${lang}/embed/`)}
<iframe src="${site}${agreement(lang)}" title="Membership Agreement" style="width: 100%; height: 360px; border: 0"></iframe>
</body></html>`;
}

const received = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          received: { origin: string; data: { type: string; height: number; href: string } }[];
        }
      ).received,
  );

test.describe('framed', () => {
  // One host page server and one allowed site server for these tests: in order, in one worker.
  test.describe.configure({ mode: 'default' });
  let host: Server;
  let hostOrigin: string;
  let allowed: ChildProcess;

  test.beforeAll(async () => {
    host = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(hostPage(url.searchParams.get('site')!, url.searchParams.get('lang') ?? 'en'));
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
    allowed = await startServer(allowedPort, { FRAME_ANCESTORS: `'self' ${hostOrigin}` });
  });

  test.afterAll(() => {
    allowed?.kill();
    host?.close();
  });

  test('from an origin on the allow-list: both load, report their height and are fitted to it', async ({
    page,
  }) => {
    await page.goto(`${hostOrigin}/?site=${allowedSite}&lang=en`);
    const clauseFrame = page.frameLocator(`iframe[src="${allowedSite}${clause('en')}"]`);
    await expect(clauseFrame.locator('#clause-11\\.5 .clause-cell[lang="zh-CN"]')).toContainText(
      '11.5 除阿里云在本协议中明确规定',
    );
    await expect(clauseFrame.locator('#clause-11\\.5 .clause-cell[lang="en"]')).toContainText(
      '11.5 Save only for any warranties',
    );
    await expect(
      page.frameLocator(`iframe[src="${allowedSite}${agreement('en')}"]`).locator('#clause-9\\.1\\.g'),
    ).toBeAttached();

    for (const path of [clause('en'), agreement('en')]) {
      const iframe = page.locator(`iframe[src="${allowedSite}${path}"]`);
      const frame = (await iframe.elementHandle())!;
      const content = (await frame.contentFrame())!;
      // Fitted: the last message's height is the height of the frame's document, measured
      // inside it, and the iframe's (not 360, the snippet's default, which no embed is exactly).
      const fitted = async () => {
        const last = (await received(page)).filter((m) => m.data?.href === `${allowedSite}${path}`).at(-1);
        const inside = await content.evaluate(() =>
          Math.ceil(document.documentElement.getBoundingClientRect().height),
        );
        const box = (await iframe.boundingBox())?.height;
        return last?.data.height === inside && box === inside;
      };
      await expect.poll(fitted, { message: path }).toBe(true);
      const last = (await received(page)).filter((m) => m.data.href === `${allowedSite}${path}`).at(-1)!;
      expect(last.origin).toBe(allowedSite);
      expect(Object.keys(last.data).sort()).toEqual(['height', 'href', 'type']);
      expect(last.data.type).toBe('bilingual-terms:height');
      expect(last.data.height).not.toBe(360);
    }
    // The clause fits without scrolling inside the frame; the agreement is thousands of pixels.
    const heights = (await received(page)).map((m) => m.data.height);
    expect(Math.min(...heights)).toBeGreaterThan(300);
    expect(Math.max(...heights)).toBeGreaterThan(20_000);
  });

  test("from an origin not on the allow-list (frame-ancestors 'self'): blocked", async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('frame-ancestors')) refused.push(message.text());
    });
    await page.goto(`${hostOrigin}/?site=${defaultSite}&lang=en`);
    // Chromium replaces a refused frame's document with its error page.
    const frames = () => page.frames().filter((frame) => frame !== page.mainFrame());
    await expect
      .poll(() => frames().map((frame) => frame.url()))
      .toEqual(['chrome-error://chromewebdata/', 'chrome-error://chromewebdata/']);
    expect(refused.length).toBe(2);
    expect(refused[0]).toBe(
      `Framing '${defaultSite}/' violates the following Content Security Policy directive: "frame-ancestors 'self'". The request has been blocked.\n`,
    );
    expect(await received(page)).toEqual([]);
  });
});

test('axe finds no violations in the clause embed, in either language', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    await page.goto(clause(lang));
    expect(axeSummary(await axe(page).analyze()), lang).toEqual([]);
  }
});
