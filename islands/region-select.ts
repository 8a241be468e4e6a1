/**
 * The region picker's select (`select[data-region-select]`, each option's value the region's
 * URL): choosing a region goes there and keeps the clause anchor (#clause-13.9). Without
 * JavaScript the select is hidden and the links beside it do the same.
 */
export function enhanceRegionSelect(): void {
  const select = document.querySelector<HTMLSelectElement>('select[data-region-select]');
  if (!select) return;
  const current = [...select.options].find((option) => option.defaultSelected);
  select.addEventListener('change', () => {
    if (select.value) window.location.assign(select.value + window.location.hash);
  });
  // Back to this page from the bfcache, or with a form state the browser restored: the select
  // shows this page's region, not the one chosen before leaving.
  window.addEventListener('pageshow', () => {
    if (current) select.value = current.value;
  });
}
