const cardId = 'reference-preview';
const gap = 6;

/**
 * One preview card (`#reference-preview`, rendered hidden by the page) for every clause link on
 * the page (event delegation). On hover or keyboard focus of a link to "#clause-…", the card
 * names the clause it shows ("Clause 2.6") and shows its text in the link's own language, copied
 * from the page itself, so no clause text ships twice. The pointer can move from the link into
 * the card to read a long clause (it scrolls); the card closes when the pointer leaves both, on
 * Escape, or when focus moves on. The link points at the card with aria-describedby so screen
 * readers announce it.
 */
export function enhanceReferencePreviews(): void {
  const card = document.getElementById(cardId);
  if (!card) return;
  let current: HTMLAnchorElement | null = null;
  let closing = 0;

  const hide = () => {
    window.clearTimeout(closing);
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  };
  // Leaving the link for the card (or the card for the link) must not close it on the way.
  const hideSoon = () => {
    window.clearTimeout(closing);
    closing = window.setTimeout(hide, 250);
  };
  const show = (link: HTMLAnchorElement) => {
    window.clearTimeout(closing);
    if (link === current) return;
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    const language = link.closest('[data-lang]')?.getAttribute('data-lang');
    const cell =
      target?.querySelector(`.clause-cell[data-lang="${language}"]`) ?? target?.querySelector('.clause-cell');
    if (!target || !cell || target.contains(link)) return hide();
    const label = document.createElement('p');
    label.className = 'preview-label mb-1 font-semibold text-muted first-letter:uppercase';
    label.textContent = target.querySelector<HTMLElement>('.clause-actions')?.dataset.label ?? '';
    const body = document.createElement('div');
    body.setAttribute('lang', cell.getAttribute('lang') ?? '');
    body.append(...Array.from(cell.childNodes, (node) => node.cloneNode(true)));
    card.replaceChildren(label, body);
    current?.removeAttribute('aria-describedby');
    link.setAttribute('aria-describedby', cardId);
    current = link;
    card.hidden = false;
    place();
  };
  // Below the link if the card fits there, else above it if it fits, else on the side with more
  // room, never taller than that room; kept on screen; follows the link on scroll.
  const place = () => {
    if (!current) return;
    const box = current.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) return hide();
    const below = window.innerHeight - box.bottom - 2 * gap;
    const above = box.top - 2 * gap;
    card.style.maxHeight = '';
    const height = card.offsetHeight;
    const downwards = height <= below || (height > above && below >= above);
    card.style.maxHeight = `${Math.max(80, downwards ? below : above)}px`;
    const top = downwards ? box.bottom + gap : box.top - gap - Math.min(height, above);
    card.style.top = `${Math.max(gap, top)}px`;
    card.style.left = `${Math.min(Math.max(gap, box.left), window.innerWidth - card.offsetWidth - gap)}px`;
  };
  const linkOf = (event: Event) =>
    (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
      '.clause-cell a[href^="#clause-"], .glossary a[href^="#clause-"]',
    ) ?? null;

  document.addEventListener('mouseover', (event) => {
    const link = linkOf(event);
    if (link) show(link);
    else if (card.contains(event.target as Node)) window.clearTimeout(closing);
  });
  document.addEventListener('mouseout', (event) => {
    const to = (event as MouseEvent).relatedTarget as Node | null;
    const from = event.target as Node;
    if (!current || (to && (card.contains(to) || current.contains(to)))) return;
    if (current.contains(from) || card.contains(from)) hideSoon();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event);
    if (link) show(link);
    else if (current && !card.contains(event.target as Node)) hide();
  });
  document.addEventListener('focusout', (event) => {
    if (linkOf(event) === current && !card.contains((event as FocusEvent).relatedTarget as Node)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) hide();
  });
  window.addEventListener('scroll', place, { passive: true });
}
