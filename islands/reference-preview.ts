const cardId = 'reference-preview';

/**
 * One preview card (`#reference-preview`, rendered hidden by the page) for every clause link on
 * the page (event delegation). On hover or keyboard focus of a link to "#clause-…", the card
 * shows the target clause's text in the link's own language, copied from the page itself, so no
 * clause text ships twice. Escape closes it; the link points at the card with aria-describedby
 * so screen readers announce it.
 */
export function enhanceReferencePreviews(): void {
  const card = document.getElementById(cardId);
  if (!card) return;
  let current: HTMLAnchorElement | null = null;

  const hide = () => {
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = null;
  };
  const show = (link: HTMLAnchorElement) => {
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    const language = link.closest('[data-lang]')?.getAttribute('data-lang');
    const cell =
      target?.querySelector(`.clause-cell[data-lang="${language}"]`) ?? target?.querySelector('.clause-cell');
    if (!cell || target?.contains(link)) return hide();
    card.replaceChildren(...Array.from(cell.childNodes, (node) => node.cloneNode(true)));
    card.setAttribute('lang', cell.getAttribute('lang') ?? '');
    current?.removeAttribute('aria-describedby');
    link.setAttribute('aria-describedby', cardId);
    current = link;
    place();
    card.hidden = false;
  };
  // Beside the link, below it unless that would leave the screen; follows it on scroll.
  const place = () => {
    if (!current) return;
    const box = current.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) return hide();
    const top = box.bottom + 6 + 200 > window.innerHeight ? Math.max(8, box.top - 206) : box.bottom + 6;
    card.style.top = `${top}px`;
    card.style.left = `${Math.min(Math.max(8, box.left), window.innerWidth - 368)}px`;
  };
  const linkOf = (event: Event) =>
    (event.target as Element | null)?.closest?.<HTMLAnchorElement>(
      '.clause-cell a[href^="#clause-"], .glossary a[href^="#clause-"]',
    ) ?? null;

  const onOver = (event: Event) => {
    const link = linkOf(event);
    if (link) show(link);
  };
  const onOut = (event: Event) => {
    if (linkOf(event) === current) hide();
  };
  document.addEventListener('mouseover', onOver);
  document.addEventListener('focusin', onOver);
  document.addEventListener('mouseout', onOut);
  document.addEventListener('focusout', onOut);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) hide();
  });
  window.addEventListener('scroll', place, { passive: true });
}
