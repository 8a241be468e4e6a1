'use client';

import { useEffect } from 'react';

/** Marks the table-of-contents link of the part or section being read (aria-current). */
export function TocSpy() {
  useEffect(() => {
    const links = new Map<string, HTMLAnchorElement>();
    document
      .querySelectorAll<HTMLAnchorElement>('[data-toc-target]')
      .forEach((a) => links.set(a.dataset.tocTarget!, a));
    const targets = [...links.keys()]
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => !!el);
    let current: HTMLAnchorElement | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries
          .filter((e) => e.isIntersecting)
          .sort((a, b) => a.boundingClientRect.top - b.boundingClientRect.top)[0];
        const link = visible && links.get(visible.target.id);
        if (!link || link === current) return;
        current?.removeAttribute('aria-current');
        link.setAttribute('aria-current', 'location');
        current = link;
      },
      { rootMargin: '-10% 0px -70% 0px' },
    );
    targets.forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, []);
  return null;
}
