import Head from 'next/head';
import { getT } from '@/lib/i18n/server';
import type { EmbedAgreementProps } from '@/lib/embed/route-props';
import { AgreementView } from '../agreement/agreement-view';
import { NewTabLink } from './new-tab-link';

/**
 * The whole agreement for a console's iframe: the agreement page's view without the site
 * header and without links to other pages of the site, a link that opens the agreement page
 * in a new tab, and the script that reports the height. No header above the columns' sticky
 * headings: `--header-height` is 0 here. The agreement page's script is not loaded (no copy
 * or cite buttons, which would copy this frame's URL): no room is kept for its buttons.
 */
export function EmbedAgreementDocument({ locale, page, href, script }: EmbedAgreementProps) {
  const t = getT(locale);
  const text = page.texts[locale] ?? page.texts[page.official]!;
  const region = page.region?.card.name[locale];
  return (
    <>
      <Head>
        <title>{[text.title, region].filter(Boolean).join(' · ')}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <main id="main" data-embed="agreement" className="[--header-height:0px] [&_.clause-actions]:min-h-0">
        <p className="m-0 px-4 pt-2 text-right text-sm">
          <NewTabLink href={href} t={t}>
            {t('embed.openAgreement')}
          </NewTabLink>
        </p>
        <AgreementView page={page} locale={locale} t={t} embedded />
      </main>
      <script src={script} defer />
    </>
  );
}
