import { tags } from '../lib/highlights/types';
import { clauseRefOf, resolveClause } from '../lib/page/goto-clause';

/** The view switches whose state a link carries: `?view=en&swap=1&review=1&highlights=deletion`. */
const views = ['both', 'zh', 'en'] as const;

const input = (id: string) => document.getElementById(id) as HTMLInputElement | null;

/** The view the switches show, as query parameters (the default view is no parameter). */
function viewQuery(): URLSearchParams {
  const query = new URLSearchParams();
  const view = views.find((v) => input(`view-${v}`)?.checked);
  if (view && view !== 'both') query.set('view', view);
  if (input('swap-columns')?.checked) query.set('swap', '1');
  if (input('review-toggle')?.checked) query.set('review', '1');
  const shown = tags.filter((tag) => input(`highlight-${tag}`)?.checked ?? true);
  if (shown.length < tags.length) query.set('highlights', shown.join(',') || 'none');
  return query;
}

/** Sets the switches from the page's URL: a link reproduces the view it was copied from. */
function applyQuery(query: URLSearchParams): void {
  const view = query.get('view');
  if (view && (views as readonly string[]).includes(view)) input(`view-${view}`)!.checked = true;
  if (query.has('swap')) input('swap-columns')!.checked = query.get('swap') === '1';
  if (query.has('review')) input('review-toggle')!.checked = query.get('review') === '1';
  const highlights = query.get('highlights');
  if (highlights !== null) {
    const shown = highlights.split(',');
    for (const tag of tags) {
      const box = input(`highlight-${tag}`);
      if (box) box.checked = shown.includes(tag);
    }
  }
}

/**
 * Keeps the clause the reader went to at the top of the window while the rows around it are
 * drawn. Rows not yet drawn stand at an over-estimated height (content-visibility, the page's
 * placeholders), and a one-language view makes the drawn rows shorter still: as the rows above
 * the target are drawn, it would drift out of the window. For a third of a second, or until the
 * reader scrolls, clicks or types, the target is put back where the jump put it.
 */
function settleOnTarget(): void {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    return; // A broken escape names no element.
  }
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  let frames = 0;
  let stopped = false;
  const stop = () => (stopped = true);
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'])
    window.addEventListener(type, stop, { once: true, passive: true });
  const step = () => {
    if (stopped) return;
    target.scrollIntoView({ block: 'start' });
    if (++frames < 20) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/**
 * The reading toolbar's scripts, all optional: the view state in the URL (kept across region
 * and language links), "Go to clause" without a round trip, the target kept in view, menus that
 * close after a jump, and the print block's date and languages.
 */
export function enhanceReadingTools(root: HTMLElement): void {
  const date = root.querySelector<HTMLElement>('[data-print-date]');
  const shown = root.querySelector<HTMLElement>('.print-shown');
  const address = root.querySelector<HTMLElement>('[data-print-url]');
  // Links that open this agreement elsewhere (regions, the other interface language) carry the
  // view along; their hrefs are rewritten whenever it changes.
  const carriers = [
    ...document.querySelectorAll<HTMLAnchorElement>('a.language-switch, .region-links a'),
  ].map((a) => ({ a, href: a.getAttribute('href') ?? '' }));
  const options = [...document.querySelectorAll<HTMLOptionElement>('select[data-region-select] option')].map(
    (option) => ({ option, value: option.value }),
  );
  const withQuery = (href: string, query: string) => {
    const [path, hash = ''] = href.split('#');
    return `${path.split('?')[0]}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
  };
  const sync = () => {
    const query = viewQuery().toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
    );
    // Only what changes is written: every write inside the page restyles it (its switches are
    // :has() rules on the whole agreement), and on load nothing has changed.
    for (const { a, href } of carriers) {
      const next = withQuery(href, query);
      if (a.getAttribute('href') !== next) a.setAttribute('href', next);
    }
    for (const { option, value } of options) {
      const next = withQuery(value, query);
      if (option.value !== next) option.value = next;
    }
    if (matchMedia('print').matches) updatePrintBlock();
  };
  applyQuery(new URLSearchParams(location.search));
  root.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target.matches('#swap-columns, #review-toggle, [name="view"], [id^="highlight-"]')) sync();
  });
  // Back from the bfcache, or a form state the browser restored: the switches and the URL agree.
  window.addEventListener('pageshow', () => sync());
  sync();
  // A deep link lands before the view in its query is applied; every jump lands among rows not
  // yet drawn.
  settleOnTarget();
  window.addEventListener('hashchange', settleOnTarget);

  // Go to clause: resolve against this page's rows; a clause it lacks still becomes its anchor,
  // so the missing-clause notice can say where it is.
  const form = root.querySelector<HTMLFormElement>('.reading-toolbar form');
  form?.addEventListener('submit', (event) => {
    const field = form.elements.namedItem('clause') as HTMLInputElement | null;
    const refs = [...root.querySelectorAll<HTMLElement>('.clause-row[id^="clause-"]')].map((row) =>
      row.id.slice('clause-'.length),
    );
    const ref = resolveClause(field?.value ?? '', refs) ?? clauseRefOf(field?.value ?? '');
    event.preventDefault();
    if (!ref) {
      field?.setCustomValidity(field.dataset.invalid ?? '');
      field?.reportValidity();
      return;
    }
    field?.setCustomValidity('');
    location.hash = `clause-${ref}`;
  });
  form?.addEventListener('input', () =>
    (form.elements.namedItem('clause') as HTMLInputElement).setCustomValidity(''),
  );

  // A jump from a menu or the contents closes it, so the text it opened is not covered.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a[href^="#"]');
    const popover = link?.closest<HTMLElement>('[popover]');
    if (popover?.matches(':popover-open')) popover.hidePopover();
  });

  // The print block, filled in when the page is printed (before, it would cost a phone a tenth
  // of a second of the page's load): the day, the languages this view shows, the address.
  function updatePrintBlock() {
    if (date)
      date.textContent = new Date().toLocaleDateString(document.documentElement.lang, { dateStyle: 'long' });
    const view = views.find((v) => input(`view-${v}`)?.checked) ?? 'both';
    if (shown) shown.textContent = shown.dataset[view] ?? shown.textContent;
    // The address the reader is at, view included; without a script, the page's path.
    if (address) address.textContent = `${location.origin}${location.pathname}${location.search}`;
  }
  window.addEventListener('beforeprint', updatePrintBlock);
  matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) updatePrintBlock();
  });
}
