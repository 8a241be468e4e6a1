/**
 * Marks the contents links (aria-current) of the part and section being read: the last ones
 * whose start has scrolled above a line a third of the way down the screen.
 */
export function enhanceContents(): void {
  const links = new Map<string, HTMLAnchorElement[]>();
  document.querySelectorAll<HTMLAnchorElement>('[data-toc-target]').forEach((a) => {
    const id = a.dataset.tocTarget!;
    links.set(id, [...(links.get(id) ?? []), a]);
  });
  const targets = [...links.keys()]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  const parts = targets.filter((el) => el.id.startsWith('part-'));
  const sections = targets.filter((el) => !el.id.startsWith('part-'));
  let marked: HTMLAnchorElement[] = [];
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = window.innerHeight / 3;
    const last = (els: HTMLElement[]) => els.filter((el) => el.getBoundingClientRect().top <= line).pop();
    const next = [last(parts), last(sections)].flatMap((el) => (el ? (links.get(el.id) ?? []) : []));
    marked.forEach((a) => a.removeAttribute('aria-current'));
    next.forEach((a) => a.setAttribute('aria-current', 'location'));
    marked = next;
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  // First reading on the next frame: a synchronous read while the page is still loading would
  // force a layout of the whole page.
  schedule();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('hashchange', schedule);
}
