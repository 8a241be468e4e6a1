import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/**
 * The bar that stays at the top of the screen anywhere in an agreement: contents (phones; wide
 * screens keep them in a column), view, highlights, go to a clause, and back to the top. The
 * menus are native popovers (`popovertarget`) and the go-to field a plain form, so every part
 * works with JavaScript off; islands/reading-tools.ts adds the view to the URL, answers the
 * go-to field without a request and closes a menu after a jump.
 */
export function ReadingToolbar({
  gotoAction,
  region,
  menus,
  t,
}: {
  /** Where the go-to form goes without JavaScript (pages/[lang]/agreements/[slug]/goto.tsx). */
  gotoAction: string;
  /** The region whose text is shown, so the jump stays in it. */
  region?: string;
  menus: { id: string; label: string; content: ReactNode }[];
  t: TFunction;
}) {
  const button =
    'inline-flex min-h-9 shrink-0 items-center gap-1 rounded border border-line bg-paper px-2.5 text-sm font-medium text-ink hover:bg-tint';
  return (
    <div className="reading-toolbar sticky top-0 z-30 border-b border-line bg-paper print:hidden">
      <nav
        aria-label={t('toolbar.label')}
        className="mx-auto flex h-[var(--toolbar-height)] max-w-[90rem] items-center gap-1.5 overflow-x-auto px-2 sm:px-4"
      >
        <button type="button" popoverTarget="toc" className={`${button} toc-button lg:hidden`}>
          {t('toc.title')}
        </button>
        {menus.map((menu) => (
          <button key={menu.id} type="button" popoverTarget={menu.id} className={button}>
            {menu.label}
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3">
              <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        ))}
        <form
          action={gotoAction}
          method="get"
          role="search"
          aria-label={t('toolbar.goto')}
          className="flex shrink-0"
        >
          {region && <input type="hidden" name="region" value={region} />}
          <label htmlFor="goto-clause" className="sr-only">
            {t('toolbar.gotoLabel')}
          </label>
          <input
            id="goto-clause"
            name="clause"
            type="text"
            inputMode="text"
            autoComplete="off"
            enterKeyHint="go"
            placeholder={t('toolbar.gotoPlaceholder')}
            data-invalid={t('toolbar.gotoInvalid')}
            className="h-9 w-32 rounded-l border border-line px-2 text-sm sm:w-44"
          />
          <button
            type="submit"
            className="h-9 rounded-r border border-l-0 border-line bg-tint px-2 text-sm font-medium"
          >
            {t('toolbar.go')}
          </button>
        </form>
        <a href="#top" className={`${button} ml-auto no-underline`}>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3">
            <path d="M3 10l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span className="max-sm:sr-only">{t('toolbar.top')}</span>
        </a>
      </nav>
      {menus.map((menu) => (
        <div
          key={menu.id}
          id={menu.id}
          popover="auto"
          className="toolbar-menu inset-auto top-[calc(var(--toolbar-height)+0.25rem)] left-2 m-0 max-h-[calc(100dvh-var(--toolbar-height)-1rem)] w-[min(36rem,calc(100vw-1rem))] overflow-auto rounded-lg border border-line bg-paper p-3 text-sm text-ink shadow-lg"
        >
          {menu.content}
        </div>
      ))}
    </div>
  );
}
