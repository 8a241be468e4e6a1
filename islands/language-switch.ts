/**
 * The interface-language link keeps the clause the reader is on: from
 * `/en/agreements/membership-agreement/eu#clause-13.9`, 中文界面 opens `…/zh/…/eu#clause-13.9`.
 * Without JavaScript it opens the top of the same page in the other language.
 */
export function enhanceLanguageSwitch(): void {
  document.querySelector<HTMLAnchorElement>('a.language-switch')?.addEventListener('click', (event) => {
    const link = event.currentTarget as HTMLAnchorElement;
    if (location.hash) link.hash = location.hash;
  });
}
