import { copyFallback } from './copy-fallback';

/**
 * Adds copy-link and cite buttons to every clause's actions box (`.clause-actions[data-label]`)
 * and answers their clicks with one delegated listener. The link is the page URL with the row's
 * id; the citation is the part's `data-citation` template with the clause label. Button texts
 * come from the page root's data attributes; `{clause}` in a template stands for the label.
 * A copy the browser refuses gets a visible message and the text to copy by hand (copy-fallback.ts).
 */
export function enhanceClipboard(root: HTMLElement): void {
  const texts = root.dataset;
  const fill = (template: string | undefined, label: string) =>
    (template ?? '').replace('{clause}', () => label);
  // Icons (a link, a quotation mark) keep each row's actions on one line; the words are the
  // button's tooltip and accessible name.
  const icons = {
    link: 'M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 014 4l-1 1M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1',
    text: 'M3 9.5c0-2.5 1-4 3-5M9 9.5c0-2.5 1-4 3-5M3 9.5h3v3H3zM9 9.5h3v3H9z',
  };
  // One button of each kind, its icon parsed once; each row gets clones.
  const prototypes = Object.fromEntries(
    (['link', 'text'] as const).map((kind) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.dataset.copy = kind;
      element.innerHTML = `<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="${icons[kind]}" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>`;
      return [kind, element];
    }),
  ) as Record<'link' | 'text', HTMLButtonElement>;
  const button = (kind: 'link' | 'text', text: string | undefined, name: string) => {
    const element = prototypes[kind].cloneNode(true) as HTMLButtonElement;
    element.title = text ?? '';
    element.setAttribute('aria-label', name);
    return element;
  };
  const boxes = [...root.querySelectorAll<HTMLElement>('.clause-actions[data-label]')];
  // A few rows at a time, while the browser is idle (at the latest after 2 s): hundreds of
  // buttons added in one task would block the page for a tenth of a second on a phone.
  const addButtons = (deadline?: IdleDeadline) => {
    let done = 0;
    while (boxes.length > 0 && (deadline ? deadline.timeRemaining() > 1 || done < 10 : done < 40)) {
      const box = boxes.shift()!;
      done++;
      if (box.querySelector('button[data-copy]')) continue;
      const label = box.dataset.label ?? '';
      box.append(
        button('link', texts.copyLink, fill(texts.copyLinkTo, label)),
        button('text', texts.cite, fill(texts.citeClause, label)),
      );
    }
    if (boxes.length > 0) schedule();
  };
  let first = true;
  const schedule = () => {
    // The first batch may wait for the page to settle; the rest follow as soon as it is idle.
    if ('requestIdleCallback' in window) requestIdleCallback(addButtons, { timeout: first ? 2000 : 100 });
    else setTimeout(addButtons, 1);
    first = false;
  };
  schedule();

  const fallback = copyFallback(root);
  root.addEventListener('click', async (event) => {
    const target = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    const box = target?.closest<HTMLElement>('.clause-actions[data-label]');
    if (!target || !box) return;
    const id = box.closest('.clause-row')?.id ?? '';
    const citation = box.closest<HTMLElement>('[data-citation]')?.dataset.citation;
    const text =
      target.dataset.copy === 'link'
        ? `${location.origin}${location.pathname}${location.search}#${id}`
        : fill(citation, box.dataset.label ?? '');
    try {
      // Missing outside a secure context; rejected where the page may not write (an iframe).
      await navigator.clipboard.writeText(text);
    } catch {
      fallback(text, target);
      return;
    }
    const original = target.title;
    target.title = texts.copied ?? '';
    target.dataset.copied = 'true';
    setTimeout(() => {
      target.title = original;
      delete target.dataset.copied;
    }, 1500);
  });
}
