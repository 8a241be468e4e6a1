// The 404 page says it in both languages; under /en/ or /zh/ keep only that language's half.
const match = /^\/(en|zh)(\/|$)/.exec(location.pathname);
if (match) {
  const keep = match[1];
  document.documentElement.lang = keep === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll<HTMLElement>('[data-not-found]').forEach((section) => {
    if (section.dataset.notFound !== keep) section.hidden = true;
  });
}

export {};
