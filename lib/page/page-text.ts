import { toString } from 'mdast-util-to-string';
import type { AgreementText } from '../pipeline/types';
import type { PageText } from './types';

/** One language version's front matter the page names, and its outline for the contents. */
export function pageText(text: AgreementText): PageText {
  const { version, effective, updated } = text.meta;
  return {
    language: text.language,
    status: text.meta.status,
    title: text.meta.title,
    meta: { version, effective, updated },
    contents: text.parts.map((part) => ({
      id: part.id,
      title: part.title,
      sections: part.blocks
        .filter((block) => block.kind === 'section')
        .map((block) => ({ id: block.id, text: toString({ type: 'paragraph', children: block.content }) })),
    })),
  };
}
