/**
 * When the page is opened at (or moves to) a clause anchor it does not have, the notice
 * `#missing-clause` says so instead of leaving the reader at the top with no word: a near miss
 * in spelling (`#clause-11-5`, `#clause-11_5`) is offered as the clause it must mean; a clause
 * another region's text has is linked there (data-elsewhere); otherwise it says the agreement
 * has no such clause. Consoles keep old links for years.
 */
export function enhanceMissingClause(): void {
  const notice = document.getElementById('missing-clause');
  const text = notice?.querySelector<HTMLElement>('.missing-text');
  if (!notice || !text) return;
  const elsewhere = JSON.parse(notice.dataset.elsewhere ?? '{}') as Record<
    string,
    { name: string; href: string }[]
  >;
  const link = (href: string, label: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    return a;
  };
  const check = () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      id = location.hash.slice(1);
    }
    if (!id.startsWith('clause-') || document.getElementById(id)) {
      notice.hidden = true;
      return;
    }
    const ref = id.slice('clause-'.length);
    const said = (notice.dataset.notHere ?? '').replace('{anchor}', `#${id}`);
    // No space after Chinese punctuation: "…（国际）。该条款见于…".
    const parts: (string | Node)[] = [said, /[。：）]$/.test(said) ? '' : ' '];
    const near = `clause-${ref.replace(/[-_/\s]+/g, '.').toLowerCase()}`;
    if (near !== id && document.getElementById(near))
      parts.push(notice.dataset.didYouMean ?? '', ' ', link(`#${near}`, `#${near}`), '?');
    else if (elsewhere[ref]?.length) {
      const lead = notice.dataset.inRegions ?? '';
      parts.push(lead, /：$/.test(lead) ? '' : ' ');
      elsewhere[ref].forEach(({ name, href }, i) =>
        parts.push(...(i ? [', '] : []), link(`${href}#${id}`, name)),
      );
    } else parts.push(notice.dataset.nowhere ?? '');
    text.replaceChildren(...parts);
    notice.hidden = false;
  };
  check();
  window.addEventListener('hashchange', check);
}
