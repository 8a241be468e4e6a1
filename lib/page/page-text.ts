import { toString } from 'mdast-util-to-string';
import { editionDates } from '../content/printed-date';
import type { AgreementText } from '../pipeline/types';
import type { PageText } from './types';

/**
 * One language version's front matter the page names — title, the product a reader knows it by,
 * the publication it appeared in, its dates as printed and as calendar dates — and its outline
 * for the contents.
 */
export function pageText(text: AgreementText): PageText {
  const { version, effective, updated } = text.meta;
  return {
    language: text.language,
    status: text.meta.status,
    title: text.meta.title,
    meta: { version, effective, updated },
    dates: editionDates(text.meta),
    ...(text.meta.product ? { product: text.meta.product } : {}),
    ...(text.meta.publication ? { publication: text.meta.publication } : {}),
    contents: text.parts.map((part) => ({
      id: part.id,
      title: part.title,
      sections: part.blocks
        .filter((block) => block.kind === 'section')
        .map((block) => ({ id: block.id, text: toString({ type: 'paragraph', children: block.content }) })),
    })),
  };
}
