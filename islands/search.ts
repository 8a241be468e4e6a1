import { excerptParts, onlyStubMatches } from './search-excerpt';

/**
 * The search page's script. The page is a plain form (`form[data-search]`) that submits to
 * itself with GET; this script reads the query and filters from the URL, runs them with
 * Pagefind's browser API against the two indexes (public/pagefind/en/ and /zh/, lib/search) and
 * lists the clauses found. Later searches from the form run in place, with the URL updated, so
 * Back and a shared link give the same results. Every string it shows comes from the page's
 * `data-text-*` attributes; every piece of a result is a text node.
 */

interface PagefindResult {
  score: number;
  data: () => Promise<{
    raw_url?: string;
    url: string;
    excerpt: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string,
    options: { filters: Record<string, unknown> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

const pageSize = 20;
const form = document.querySelector<HTMLFormElement>('form[data-search]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const root = document.querySelector<HTMLElement>('[data-search-root]');

let pagefind: Promise<Pagefind> | null = null;
// The English bundle is the primary: its English stemmer runs on every query, which leaves
// Chinese words as they are. The Chinese bundle is merged with its own language, so its queries
// are split into words the way its text was (Intl.Segmenter in the browser, at index time
// Pagefind's own segmenter).
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const base = root!.dataset.index!;
    const bundle = (await import(`${base}en/pagefind.js`)) as Pagefind;
    await bundle.options({ excerptLength: 36 });
    await bundle.mergeIndex(`${base}zh/`, { language: 'zh' });
    return bundle;
  })();
  return pagefind;
}

const text = (name: string) => root!.dataset[name] ?? '';
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

function queryFromUrl() {
  const params = new URLSearchParams(window.location.search);
  return {
    q: (params.get('q') ?? '').trim(),
    agreement: params.get('agreement') ?? '',
    text: params.get('text') ?? '',
    highlight: params.getAll('highlight'),
  };
}
type Query = ReturnType<typeof queryFromUrl>;

function showInForm(query: Query) {
  const field = (name: string) => form!.elements.namedItem(name);
  (field('q') as HTMLInputElement).value = query.q;
  (field('agreement') as HTMLSelectElement).value = query.agreement;
  (field('text') as HTMLSelectElement).value = query.text;
  for (const box of form!.querySelectorAll<HTMLInputElement>('input[name="highlight"]'))
    box.checked = query.highlight.includes(box.value);
}

function filtersOf(query: Query) {
  const filters: Record<string, unknown> = {};
  if (query.agreement) filters.agreement = query.agreement;
  if (query.text) filters.language = query.text;
  if (query.highlight.length) filters.highlight = { any: query.highlight };
  return filters;
}

let searchId = 0;
type ResultData = Awaited<ReturnType<PagefindResult['data']>>;
let found: { item: ResultData; parts: ReturnType<typeof excerptParts> }[] = [];

async function run(query: Query) {
  const id = ++searchId;
  list!.replaceChildren();
  more!.hidden = true;
  if (!query.q) {
    status!.textContent = text('textEmpty');
    root!.dataset.state = 'empty';
    return;
  }
  status!.textContent = text('textSearching');
  root!.dataset.state = 'searching';
  try {
    const response = await (await loadPagefind()).search(query.q, { filters: filtersOf(query) });
    if (id !== searchId || !response) return;
    // Every result's text is read (a small, cached file each), so the count is of the results
    // shown: Pagefind's fallback matches are dropped first (search-excerpt.ts).
    const items = await Promise.all(response.results.map((result) => result.data()));
    if (id !== searchId) return;
    found = items
      .map((item) => ({ item, parts: excerptParts(item.excerpt) }))
      .filter(({ parts }) => !onlyStubMatches(parts, query.q));
    const count = found.length;
    showMore();
    const plural = new Intl.PluralRules(document.documentElement.lang).select(count);
    status!.textContent = fill(text(count === 0 ? 'textNone' : plural === 'one' ? 'textOne' : 'textOther'), {
      count,
      query: query.q,
    });
    root!.dataset.state = 'done';
  } catch (error) {
    if (id !== searchId) return;
    console.error(error);
    status!.textContent = text('textFailed');
    root!.dataset.state = 'failed';
  }
}

function showMore(event?: Event) {
  const items = found.splice(0, pageSize).map(({ item, parts }) => resultItem(item, parts));
  list!.append(...items);
  more!.hidden = found.length === 0;
  // "Show more" pressed: the keyboard goes on at the first new result, not back at the top.
  if (event) items[0]?.querySelector('a')?.focus();
}

const htmlLang = (language: string) => (language === 'zh' ? 'zh-CN' : 'en');

function resultItem(item: ResultData, parts: ReturnType<typeof excerptParts>) {
  const language = item.filters.language?.[0] ?? 'en';
  const agreement = item.filters.agreement?.[0] ?? '';
  const url = item.raw_url ?? item.url;
  const region = /^\/agreements\/[^/#]+\/([^/#]+)#/.exec(url)?.[1];
  const li = document.createElement('li');
  li.className = 'grid gap-1';

  const link = document.createElement('a');
  link.href = `/${root!.dataset.locale}${url}`;
  link.lang = htmlLang(language);
  link.className = 'text-lg font-semibold';
  link.textContent = item.meta.clause ?? url;

  const meta = document.createElement('p');
  meta.className = 'm-0 text-sm text-muted';
  const labels = [
    form!.querySelector<HTMLOptionElement>(
      `select[name="agreement"] option[value="${CSS.escape(agreement)}"]`,
    )?.text ?? agreement,
    form!.querySelector<HTMLOptionElement>(`select[name="text"] option[value="${CSS.escape(language)}"]`)
      ?.text ?? language,
  ];
  if (region) labels.push(fill(text('textRegion'), { region: regionName(region) }));
  for (const tag of item.filters.highlight ?? [])
    labels.push(
      form!
        .querySelector(`input[name="highlight"][value="${CSS.escape(tag)}"]`)
        ?.closest('label')
        ?.textContent?.trim() ?? tag,
    );
  meta.textContent = labels.join(' · ');

  const excerpt = document.createElement('p');
  excerpt.className = 'm-0';
  excerpt.lang = htmlLang(language);
  for (const part of parts) {
    if (!part.marked) excerpt.append(part.text);
    else
      excerpt.append(
        Object.assign(document.createElement('mark'), {
          className: 'bg-target text-ink',
          textContent: part.text,
        }),
      );
  }
  li.append(link, meta, excerpt);
  return li;
}

function regionName(key: string): string {
  const names = JSON.parse(root!.dataset.regions ?? '{}') as Record<string, string>;
  return names[key] ?? key;
}

function submit(event: Event) {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form!)) if (value) params.append(name, String(value));
  const search = params.toString();
  window.history.pushState(null, '', search ? `?${search}` : window.location.pathname);
  void run(queryFromUrl());
}

if (form && status && list && more && root) {
  form.addEventListener('submit', submit);
  // A filter applies as soon as it changes, as a reader expects of a checkbox.
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('select, input[type="checkbox"]')) submit(event);
  });
  more.addEventListener('click', showMore);
  window.addEventListener('popstate', () => {
    showInForm(queryFromUrl());
    void run(queryFromUrl());
  });
  const query = queryFromUrl();
  showInForm(query);
  // Arrived from the header's button alone (a phone's header has no field): the words go here.
  if (!query.q) (form.elements.namedItem('q') as HTMLInputElement).focus();
  void run(query);
  document.documentElement.dataset.enhanced = 'search';
}
