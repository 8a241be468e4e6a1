'use client';

import { useEffect } from 'react';

/** Button texts; `{clause}` in a template stands for the clause's label. */
export interface ClipboardTexts {
  copyLink: string;
  copyLinkTo: string;
  cite: string;
  citeClause: string;
  copied: string;
}

const fill = (template: string, label: string) => template.replace('{clause}', () => label);

/**
 * Adds copy-link and cite buttons to every clause's actions box (`.clause-actions[data-label]`)
 * and answers their clicks with one delegated listener. The link is the page URL with the row's
 * id; the citation is the part's `data-citation` template with the clause label.
 */
export function ClipboardController({ texts }: { texts: ClipboardTexts }) {
  useEffect(() => {
    const added: HTMLButtonElement[] = [];
    const button = (kind: 'link' | 'text', text: string, name: string) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.dataset.copy = kind;
      element.textContent = text;
      element.setAttribute('aria-label', name);
      added.push(element);
      return element;
    };
    const addButtons = () => {
      for (const box of document.querySelectorAll<HTMLElement>('.clause-actions[data-label]')) {
        if (box.querySelector('button[data-copy]')) continue;
        const label = box.dataset.label ?? '';
        box.append(
          button('link', texts.copyLink, fill(texts.copyLinkTo, label)),
          button('text', texts.cite, fill(texts.citeClause, label)),
        );
      }
    };
    // When the page is idle (at the latest after 2 s): adding them during hydration would make
    // the browser lay out the whole page again in the middle of it.
    const pending =
      'requestIdleCallback' in window
        ? requestIdleCallback(addButtons, { timeout: 2000 })
        : setTimeout(addButtons, 1);
    const cancelPending = () =>
      'cancelIdleCallback' in window ? cancelIdleCallback(pending as number) : clearTimeout(pending);

    const onClick = async (event: MouseEvent) => {
      const target = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
      const box = target?.closest<HTMLElement>('.clause-actions[data-label]');
      if (!target || !box) return;
      const id = box.closest('.clause-row')?.id ?? '';
      const citation = box.closest<HTMLElement>('[data-citation]')?.dataset.citation ?? '';
      const text =
        target.dataset.copy === 'link'
          ? `${location.origin}${location.pathname}${location.search}#${id}`
          : fill(citation, box.dataset.label ?? '');
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        return;
      }
      const original = target.textContent;
      target.textContent = texts.copied;
      target.dataset.copied = 'true';
      setTimeout(() => {
        target.textContent = original;
        delete target.dataset.copied;
      }, 1500);
    };
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('click', onClick);
      cancelPending();
      for (const element of added) element.remove();
    };
  }, [texts]);
  return null;
}
