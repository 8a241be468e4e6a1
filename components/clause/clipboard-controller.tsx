'use client';

import { useEffect } from 'react';

/**
 * One listener for every copy-link and cite button on the page (event delegation), so that a
 * page of 600 clauses hydrates one tiny component instead of 1,200 buttons.
 */
export function ClipboardController() {
  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      const text =
        button.dataset.copy === 'link'
          ? `${location.origin}${location.pathname}${location.search}#${button.dataset.target}`
          : (button.dataset.text ?? '');
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        return;
      }
      const original = button.textContent;
      button.textContent = button.dataset.done ?? original;
      button.dataset.copied = 'true';
      setTimeout(() => {
        button.textContent = original;
        delete button.dataset.copied;
      }, 1500);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
