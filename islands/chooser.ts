// The language chooser (/): /zh for a browser that prefers Chinese, /en otherwise. The links on
// the page are the fallback and stay visible, so the choice works with JavaScript off.
const preferred = navigator.languages?.[0] ?? navigator.language ?? '';
location.replace(/^zh/i.test(preferred) ? '/zh' : '/en');

export {};
