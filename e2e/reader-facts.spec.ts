import { expect, test, type APIRequestContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { slugs } from './helpers';

// Facts of the HTML a reader (or a search engine) gets, read with plain HTTP, no browser: the
// canonical and language links, the library's order, dates and product names, the timelines,
// the glossary and the translation-review summary (issue 12, items 9, 10, 12 and 14).
// SITE_URL as the build read it (lib/export/site.ts: npm start's address when unset).
const origin = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

async function html(request: APIRequestContext, url: string, status = 200): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(status);
  return response.text();
}

/** The <link> elements of a page's head, each as its attributes (names lower-cased). */
function links(page: string): Record<string, string>[] {
  const head = page.slice(0, page.indexOf('</head>'));
  return [...head.matchAll(/<link\b[^>]*>/g)].map((tag) =>
    Object.fromEntries([...tag[0].matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]])),
  );
}

function headLinks(page: string) {
  const all = links(page);
  return {
    canonical: all.filter((l) => l.rel === 'canonical').map((l) => l.href),
    alternates: all.filter((l) => l.rel === 'alternate').map((l) => `${l.hreflang} ${l.href}`),
  };
}

/** The text of an HTML fragment, tags removed and entities of the page decoded. */
function text(fragment: string): string {
  return fragment
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The fragment from the element carrying `marker` to the next occurrence of `end` (or the page end). */
function fragment(page: string, marker: string, end?: string): string {
  const start = page.indexOf(marker);
  expect(start, marker).toBeGreaterThanOrEqual(0);
  const stop = end ? page.indexOf(end, start + marker.length) : -1;
  return page.slice(start, stop < 0 ? undefined : stop);
}

test.describe('canonical and hreflang links', () => {
  const agreement = (lang: string, rest: string) => `${origin}/${lang}/agreements/${rest}`;

  test('an agreement names itself and both interface languages, English as x-default', async ({
    request,
  }) => {
    for (const slug of slugs) {
      const page = await html(request, `/zh/agreements/${slug}`);
      expect(headLinks(page), slug).toEqual({
        canonical: [agreement('zh', slug)],
        alternates: [
          `en ${agreement('en', slug)}`,
          `zh-CN ${agreement('zh', slug)}`,
          `x-default ${agreement('en', slug)}`,
        ],
      });
    }
  });

  test('the default region under its region URL names the bare agreement URL as canonical', async ({
    request,
  }) => {
    const bare = headLinks(await html(request, '/en/agreements/membership-agreement'));
    const intl = headLinks(await html(request, '/en/agreements/membership-agreement/intl'));
    expect(intl).toEqual(bare);
    expect(intl.canonical).toEqual([agreement('en', 'membership-agreement')]);
    const cn = headLinks(await html(request, '/zh/agreements/maxcompute-terms/cn'));
    expect(cn.canonical).toEqual([agreement('zh', 'maxcompute-terms')]);
  });

  test('another region is its own page, in both languages', async ({ request }) => {
    expect(headLinks(await html(request, '/zh/agreements/membership-agreement/eu'))).toEqual({
      canonical: [agreement('zh', 'membership-agreement/eu')],
      alternates: [
        `en ${agreement('en', 'membership-agreement/eu')}`,
        `zh-CN ${agreement('zh', 'membership-agreement/eu')}`,
        `x-default ${agreement('en', 'membership-agreement/eu')}`,
      ],
    });
  });

  test('the library and the chooser share one set of alternates, the chooser as x-default', async ({
    request,
  }) => {
    const alternates = [`en ${origin}/en`, `zh-CN ${origin}/zh`, `x-default ${origin}/`];
    expect(headLinks(await html(request, '/en'))).toEqual({ canonical: [`${origin}/en`], alternates });
    expect(headLinks(await html(request, '/zh'))).toEqual({ canonical: [`${origin}/zh`], alternates });
    expect(headLinks(await html(request, '/'))).toEqual({ canonical: [`${origin}/`], alternates });
  });

  test('the sitemap lists each page under its canonical URL, with the alternates its head names', async ({
    request,
  }) => {
    const sitemap = await html(request, '/sitemap.xml');
    const entries = new Map(
      [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => [
        /<loc>([^<]+)<\/loc>/.exec(m[1])![1],
        [...m[1].matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((l) => `${l[1]} ${l[2]}`),
      ]),
    );
    for (const page of [
      '/en/agreements/membership-agreement',
      '/zh/agreements/membership-agreement/eu',
      '/zh',
    ]) {
      const head = headLinks(await html(request, page));
      expect(entries.get(head.canonical[0]), page).toEqual(head.alternates);
    }
    expect(entries.has(agreement('en', 'membership-agreement/intl'))).toBe(false);
    expect(entries.has(agreement('zh', 'maxcompute-terms/cn'))).toBe(false);
  });

  test('the 404 page names no canonical and no alternates', async ({ request }) => {
    expect(headLinks(await html(request, '/en/agreements/no-such-agreement', 404))).toEqual({
      canonical: [],
      alternates: [],
    });
  });
});

test.describe('the library', () => {
  const cards = (page: string) =>
    Object.fromEntries(
      page
        .split(/(?=<li[^>]*data-slug=")/)
        .slice(1)
        .map((card) => [/data-slug="([^"]+)"/.exec(card)![1], text(card.slice(0, card.indexOf('</li>')))]),
    );

  test('lists the membership agreement first, then product terms, then the support plan', async ({
    request,
  }) => {
    for (const lang of ['en', 'zh']) {
      const page = await html(request, `/${lang}`);
      expect(
        [...page.matchAll(/data-slug="([^"]+)"/g)].map((m) => m[1]),
        lang,
      ).toEqual([
        'membership-agreement',
        'mini-program-cloud-terms',
        'maxcompute-terms',
        'mns-terms',
        'support-plan-terms',
      ]);
      expect([...page.matchAll(/<h2 id="library-([a-z-]+)"/g)].map((m) => m[1])).toEqual([
        'membership',
        'product-terms',
        'support-plan',
      ]);
    }
  });

  test('gives every date in one format per interface language, with its kind', async ({ request }) => {
    const en = cards(await html(request, '/en'));
    expect(en['membership-agreement']).toContain('Version October 2019 Last updated 16 October 2019');
    expect(en['mini-program-cloud-terms']).toContain('Version 2 April 2020 Effective 16 March 2018');
    expect(en['maxcompute-terms']).toContain('Effective 16 March 2018');
    expect(en['mns-terms']).toContain('Last updated 25 November 2016');
    expect(en['support-plan-terms']).toContain('Version 2 January 2020');
    const zh = cards(await html(request, '/zh'));
    expect(zh['mini-program-cloud-terms']).toContain('2020年4月2日版 2018年3月16日生效');
    expect(zh['mns-terms']).toContain('最后更新于2016年11月25日');
    expect(zh['membership-agreement']).toContain('2019年10月版 最后更新于2019年10月16日');
    for (const card of [...Object.values(en), ...Object.values(zh)]) {
      expect(card).not.toMatch(/20200402|20200102|Nov 25|March 16, 2018/);
    }
  });

  test('names the product each set of terms is for, so the general terms can be told from MaxCompute', async ({
    request,
  }) => {
    const en = cards(await html(request, '/en'));
    expect(en['mini-program-cloud-terms']).toMatch(
      /^Mini Program Cloud Alibaba Cloud Product Terms of Service \(General\)/,
    );
    expect(en['mini-program-cloud-terms']).toContain(
      'Published in Alibaba Cloud Mini Program Cloud Terms of Service',
    );
    expect(en['maxcompute-terms']).toMatch(/^MaxCompute /);
    const zh = cards(await html(request, '/zh'));
    expect(zh['mini-program-cloud-terms']).toMatch(/^小程序云 阿里云产品服务协议\(通用\)/);
  });
});

test("an agreement's header names its product and gives its dates as the library does", async ({
  request,
}) => {
  const header = async (url: string) => {
    const page = await html(request, url);
    return text(
      page.slice(
        page.indexOf('<header class="agreement-header'),
        page.indexOf('</header>', page.indexOf('<header class="agreement-header')),
      ),
    );
  };
  expect(await header('/en/agreements/mini-program-cloud-terms')).toMatch(
    /^Mini Program Cloud Alibaba Cloud Product Terms of Service \(General\) 阿里云产品服务协议\(通用\) Edition Version 2 April 2020 Effective 16 March 2018 Publication Published in Alibaba Cloud Mini Program Cloud Terms of Service /,
  );
  expect(await header('/zh/agreements/mini-program-cloud-terms')).toMatch(
    /^小程序云 阿里云产品服务协议\(通用\) .* 版本 2020年4月2日版 2018年3月16日生效 收录于 /,
  );
  // The membership agreement is no product's terms: no product line; its dates in one format.
  const membership = await header('/en/agreements/membership-agreement');
  expect(membership).toMatch(
    /^Alibaba Cloud International Website Membership Agreement 阿里云国际站会员协议 Edition/,
  );
  expect(membership).toContain('Edition Version October 2019 Last updated 16 October 2019');
  expect(membership).not.toMatch(/20191016|Oct 16/);
});

test('the MaxCompute timeline lists each moment once: terminated, not also stopped', async ({ request }) => {
  const page = await html(request, '/en/agreements/maxcompute-terms');
  const timeline = fragment(
    fragment(page, 'id="deletion-timelines"'),
    'data-section="clause-specific.1"',
    '</ol>',
  );
  expect([...timeline.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]))).toEqual([
    '24 hours after arrears: service functions suspended',
    '15 days after arrears: the service terminated',
    '15 days after arrears: your data deleted (cannot be recovered)',
  ]);
});

test.describe('the glossary', () => {
  const entries = (page: string) => {
    const glossary = fragment(page, 'id="glossary"', '</section>');
    expect(glossary.match(/<dl\b/g), 'one list, not one per language').toHaveLength(1);
    return glossary
      .split(/(?=<div[^>]*data-glossary-entry)/)
      .slice(1)
      .map((entry) => ({
        term: text(/<dt\b[^>]*>([\s\S]*?)<\/dt>/.exec(entry)![1]),
        definition: text(/<dd\b[^>]*>([\s\S]*?)<\/dd>/.exec(entry)![1]),
        links: [...entry.matchAll(/href="(#clause-[^"]+)"/g)].map((m) => m[1]),
      }));
  };

  test('pairs each term with its counterpart, with its definition and where it is defined', async ({
    request,
  }) => {
    const en = entries(await html(request, '/en/agreements/membership-agreement'));
    // content/termbase.yaml lists 23 defined terms of the membership agreement.
    expect(en).toHaveLength(23);
    expect(en.slice(0, 4).map((e) => e.term)).toEqual([
      'Account · 账户',
      'Addendum · 附录',
      'Agreement · 本协议',
      'Alibaba Cloud · 阿里云',
    ]);
    expect(en.find((e) => e.term === 'Member Content · 会员内容')).toEqual({
      term: 'Member Content · 会员内容',
      definition: expect.stringMatching(/\(the “Member Content”\);? Defined in clause 3\.1\(d\)$/),
      links: ['#clause-3.1.d'],
    });
    expect(en.find((e) => e.term === 'Addendum · 附录')!.links).toEqual([
      '#clause-eu-addendum.p2',
      '#clause-au-addendum.p2',
    ]);
  });

  test('orders the one list by the interface language: pinyin in Chinese', async ({ request }) => {
    const zh = entries(await html(request, '/zh/agreements/maxcompute-terms'));
    expect(zh.map((e) => e.term.split(' · ')[0])).toEqual([
      '阿里云',
      '阿里云网站',
      '保密信息',
      '本协议',
      '操作指引',
      '服务',
      '该等行为',
      '接受方',
      '披露方',
      '用户业务数据',
      'MaxCompute服务',
    ]);
    expect(zh.find((e) => e.term === '保密信息 · Confidential Information')!.definition).toMatch(
      /^8\.1\. 本服务条款所称保密信息，是指/,
    );
  });
});

/** The clause pairs of an agreement: its clauses with both texts, as the build's export lists them. */
async function clausePairs(request: APIRequestContext, slug: string): Promise<number> {
  const data = (await (await request.get(`/data/agreements/${slug}.json`)).json()) as {
    clauses: { text: { en?: string; zh?: string } }[];
  };
  const pairs = data.clauses.filter((clause) => clause.text.en && clause.text.zh).length;
  expect(pairs).toBeGreaterThan(0);
  return pairs;
}

test('the agreement page gives the review totals and links the review report and the editorial notes', async ({
  request,
}) => {
  const page = await html(request, '/en/agreements/membership-agreement');
  const review = fragment(page, '<h2 id="translation-review-title"', '</section>');
  // The number of pairs is the legal text's, read from the data rather than written here.
  const pairs = await clausePairs(request, 'membership-agreement');
  expect(text(review)).toMatch(
    new RegExp(`^Translation review \\d+ findings, \\d+ acknowledged, in ${pairs} clause pairs\\. `),
  );
  expect(review).toContain(
    '<a href="/en/agreements/membership-agreement/review" class="underline underline-offset-2" data-review-report="true">',
  );
  // The report's detail is not repeated on the page: no table of checks, no list of findings.
  expect(review).not.toContain('data-check=');
  expect(page).not.toContain('id="review-acknowledged"');
  const notes = fragment(page, '<h2 id="editorial-notes-title"', '</section>');
  expect(text(notes)).toMatch(
    /^Editorial notes \((\d+)\) .* \1 editorial notes on the captured text\. Read them in the review report$/,
  );
  expect(notes).toContain('href="/en/agreements/membership-agreement/review#editorial-notes"');
});

test('the review report says what the review compared, per check, and why each acknowledged finding stays', async ({
  request,
}) => {
  const page = await html(request, '/en/agreements/membership-agreement/review');
  expect(headLinks(page).canonical).toEqual([`${origin}/en/agreements/membership-agreement/review`]);
  const review = fragment(page, 'class="review-summary', 'id="review-corrections"');
  const pairs = await clausePairs(request, 'membership-agreement');
  const [, count, acknowledgedCount] = new RegExp(
    `(\\d+) findings, (\\d+) acknowledged, in ${pairs} clause pairs\\.`,
  ).exec(text(review))!;
  // npm run check:bilingual passes: every finding is acknowledged.
  expect(acknowledgedCount).toBe(count);
  expect(/data-measure="pairs"[^>]*>(\d+)</.exec(review)![1]).toBe(String(pairs));
  expect([...review.matchAll(/<tr data-check="([a-z-]+)"/g)].map((m) => m[1])).toEqual([
    'figures',
    'missing',
    'terms',
    'defined-terms',
    'markers',
    'exclusions',
    'omissions',
    'consistency',
    'renderings',
    'corrections',
  ]);
  // Every acknowledgement in the agreement's front matter is listed with its reason.
  const acknowledged = ['en', 'zh'].flatMap((lang) => {
    const file = readFileSync(
      path.join('content', 'agreements', 'membership-agreement', `${lang}.md`),
      'utf8',
    );
    const meta = parse(file.split(/^---$/m)[1]) as { acknowledged?: { clause: string; reason: string }[] };
    return meta.acknowledged ?? [];
  });
  const listed = fragment(review, 'id="review-acknowledged"', '</details>');
  const items = [...listed.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]));
  expect(items).toHaveLength(Number(count));
  for (const entry of acknowledged)
    expect(
      items.some((item) => item.includes(entry.reason.replace(/\s+/g, ' ').trim())),
      entry.clause,
    ).toBe(true);
  // Each clause is a link to its row on the agreement page.
  expect(listed).toContain(
    '<a href="/en/agreements/membership-agreement#clause-preamble.1" class="font-semibold">',
  );
  // Every repair of the official text's front matter is listed in the editorial notes.
  const official = readFileSync(path.join('content', 'agreements', 'membership-agreement', 'en.md'), 'utf8');
  const repairs = (parse(official.split(/^---$/m)[1]) as { repairs: unknown[] }).repairs;
  const notes = fragment(page, '<h2 id="editorial-notes-title"', '</section>');
  expect(text(notes)).toMatch(new RegExp(`^Editorial notes \\(${repairs.length}\\) `));
  expect([...notes.matchAll(/<li>/g)]).toHaveLength(repairs.length);
});

test('an agreement with one language and no notes has no review report', async ({ request }) => {
  // The five agreements all have two languages: the report of each exists in both interface
  // languages, and an unknown agreement's is a 404.
  for (const slug of slugs)
    for (const lang of ['en', 'zh']) await html(request, `/${lang}/agreements/${slug}/review`);
  await html(request, '/en/agreements/none/review', 404);
});
