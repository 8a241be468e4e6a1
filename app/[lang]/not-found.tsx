'use client';

import { useParams } from 'next/navigation';
import { isLocale } from '@/lib/i18n/config';
import en from '@/locales/en.json';
import zh from '@/locales/zh.json';

/** A 404 inside a language (unknown agreement or region): said in that interface language. */
export default function LocaleNotFound() {
  const params = useParams<{ lang?: string }>();
  const locale = params?.lang && isLocale(params.lang) ? params.lang : 'en';
  const strings = (locale === 'zh' ? zh : en).notFound;
  return (
    <main id="main" className="not-found">
      <h1>{strings.title}</h1>
      <p>{strings.body}</p>
      <p>
        <a href={`/${locale}`}>{strings.back}</a>
      </p>
    </main>
  );
}
