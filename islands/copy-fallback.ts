/**
 * When the clipboard refuses (a console iframe without clipboard-write, a page served over
 * plain HTTP where `navigator.clipboard` is missing), copying must not fail silently: a small
 * panel at the bottom of the screen says so (role="status") and holds the text in a read-only
 * field, selected and focused, for the reader to copy by hand. Escape or Close dismisses it and
 * returns focus to the button that was pressed. Texts come from the page root's data attributes
 * (`data-copy-failed`, `data-copy-field`, `data-close`).
 */
export function copyFallback(root: HTMLElement): (text: string, from: HTMLElement) => void {
  let panel: { box: HTMLElement; status: HTMLElement; field: HTMLInputElement; from?: HTMLElement } | null =
    null;

  const build = () => {
    const box = document.createElement('div');
    box.hidden = true;
    box.dataset.copyFallback = '';
    box.className =
      'fixed inset-x-3 bottom-3 z-50 mx-auto max-w-xl rounded-lg border border-line bg-paper p-3 text-sm shadow-lg';
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.id = 'copy-fallback-status';
    status.className = 'm-0';
    const row = document.createElement('div');
    row.className = 'mt-2 flex gap-2';
    const field = document.createElement('input');
    field.readOnly = true;
    field.className = 'min-w-0 flex-1 rounded border border-line px-2 py-1 font-mono text-sm';
    field.setAttribute('aria-label', root.dataset.copyField ?? '');
    field.setAttribute('aria-describedby', status.id);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'rounded border border-line px-3 py-1';
    close.textContent = root.dataset.close ?? '';
    row.append(field, close);
    box.append(status, row);
    document.body.append(box);
    const current = { box, status, field } as NonNullable<typeof panel>;
    const dismiss = () => {
      box.hidden = true;
      status.textContent = '';
      current.from?.focus();
    };
    close.addEventListener('click', dismiss);
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') dismiss();
    });
    return current;
  };

  return (text, from) => {
    panel ??= build();
    panel.from = from;
    panel.box.hidden = false;
    panel.field.value = text;
    panel.field.focus();
    panel.field.select();
    // Set after the panel is shown, so that screen readers take it as a change to announce.
    panel.status.textContent = '';
    const { status } = panel;
    requestAnimationFrame(() => {
      status.textContent = root.dataset.copyFailed ?? '';
    });
  };
}
