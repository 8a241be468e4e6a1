import { expect, test } from '@playwright/test';

// "Go to clause" without JavaScript (pages/[lang]/agreements/[slug]/goto.tsx), over plain HTTP:
// a 303 See Other (the form's answer, never cached as permanent), to the page and anchor the input
// names; a region that is not a key and input that names no clause are dropped, never passed on.
const goto = (lang: string, slug: string, query: string) => `/${lang}/agreements/${slug}/goto?${query}`;

test('the form is answered with a 303 to the clause it names', async ({ request }) => {
  const cases: [string, string][] = [
    [
      goto('zh', 'membership-agreement', `clause=${encodeURIComponent('第11.5条')}&region=eu`),
      '/zh/agreements/membership-agreement/eu#clause-11.5',
    ],
    [goto('en', 'mns-terms', 'clause=clause%208.4'), '/en/agreements/mns-terms#clause-8.4'],
    [
      goto('zh', 'maxcompute-terms', 'clause=specific%201.1.3'),
      '/zh/agreements/maxcompute-terms#clause-specific.1.1.3',
    ],
    [goto('en', 'mns-terms', 'clause='), '/en/agreements/mns-terms'],
    [goto('en', 'mns-terms', 'clause=%3Cscript%3E'), '/en/agreements/mns-terms'],
    [goto('en', 'mns-terms', 'clause=1&region=..%2Fx'), '/en/agreements/mns-terms#clause-1'],
    [goto('en', 'mns-terms', 'clause=1&region=%2F%2Fevil.example'), '/en/agreements/mns-terms#clause-1'],
  ];
  for (const [path, location] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(303);
    expect(response.headers()['location'], path).toBe(location);
  }
});

test('an agreement or language that cannot exist is a 404, not a redirect', async ({ request }) => {
  for (const path of [goto('en', 'Bad_Slug', 'clause=1'), goto('fr', 'mns-terms', 'clause=1')]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(response.headers()['location'], path).toBeUndefined();
  }
});
