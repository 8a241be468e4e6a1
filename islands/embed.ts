/**
 * The embed pages' one script (`/{lang}/embed/…`): tells the page that frames them how tall
 * they are, so that it can fit the iframe to the text (README, "Embedding"). The message is
 *
 *   { type: 'bilingual-terms:height', height: 412, href: 'https://…/en/embed/membership-agreement/eu/11.5' }
 *
 * `height`: the document's height in CSS pixels, a whole number rounded up; `href`: the frame's
 * own URL, to tell several frames apart. Sent when the script runs and on `load`, and again
 * whenever the height changes (ResizeObserver): fonts arriving, the iframe given a new width, a
 * "show the printed text" opened. The first two matter for a frame below the fold: Chromium
 * does not render an off-screen frame of another origin, so its ResizeObserver stays silent
 * until it is scrolled into view, while reading the height lays the document out regardless.
 *
 * Target origin `*`: the message says only how tall a public page is and what its URL is, both
 * of which any page may read by fetching the URL itself, so it needs no secret recipient; and
 * the frame cannot know its parent's origin reliably (`document.referrer` is stripped by a
 * `no-referrer` policy and changes once the frame follows a link). Who may frame the page at
 * all is decided by `frame-ancestors` (FRAME_ANCESTORS). The receiving page checks
 * `event.origin`, as the README's snippet does.
 */
export const heightMessageType = 'bilingual-terms:height';

if (window.parent !== window) {
  let sent = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    window.parent.postMessage({ type: heightMessageType, height, href: location.href }, '*');
  };
  send();
  window.addEventListener('load', send);
  new ResizeObserver(send).observe(document.documentElement);
}
