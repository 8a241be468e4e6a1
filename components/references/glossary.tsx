import type { TFunction } from 'i18next';
import { htmlLang } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';
import type { Language } from '@/lib/pipeline/types';

/** The terms each language version defines, each linked to the clause(s) that define it. */
export function Glossary({
  entries,
  label,
  t,
}: {
  entries: AgreementPage['glossary'];
  label: (ref: string) => string;
  t: TFunction;
}) {
  const columns: Language[] = ['zh', 'en'];
  if (columns.every((language) => !entries[language]?.length)) return null;
  return (
    <section id="glossary" aria-labelledby="glossary-title" className="glossary">
      <h2 id="glossary-title" className="part-title">
        {t('references.glossary')}
      </h2>
      <div className="clause-cells">
        {columns.map((language) => (
          <dl key={language} data-lang={language} lang={htmlLang(language)}>
            {(entries[language] ?? []).map((entry) => (
              <div key={entry.term}>
                <dt>{entry.term}</dt>
                <dd>
                  {entry.refs.map((ref, i) => (
                    <span key={ref}>
                      {i > 0 && ', '}
                      <a href={`#clause-${ref}`}>{label(ref)}</a>
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        ))}
      </div>
    </section>
  );
}
