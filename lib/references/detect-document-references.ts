import {
  knownDocuments,
  lookUpTitle,
  selfTitleAfter,
  selfTitleBefore,
  statuteTitle,
} from './document-catalog';
import type { DocumentReference, ReferenceContext } from './types';

// 《服务使用规则》, 《阿里云产品服务协议》; the brackets are part of the reference.
const bracketedTitle = /《(?<title>[^《》]{1,60})》/g;
// "… Graphics Workstation Service Level Agreement", "Data Lake Analytics服务等级协议" in prose.
const serviceLevelAgreement = /\b(?:[A-Z][\w-]*\s+){1,5}Service Level Agreement\b/g;

function escape(title: string): string {
  return title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Latin titles need word edges ("Privacy Policy", not "Privacy Policyholder"); CJK ones cannot.
function titlePattern(title: string): string {
  return /^[A-Za-z]/.test(title) ? String.raw`\b${escape(title)}\b` : escape(title);
}

const bareTitles = knownDocuments
  .flatMap((doc) => doc.titles)
  .sort((a, b) => b.length - a.length)
  .map(titlePattern);
const bareTitle = new RegExp(`(?:${bareTitles.join('|')})`, 'g');
const standaloneTitle = new RegExp(
  String.raw`^\s*(?:\([a-z]{1,4}\)\s*)?(?<title>${knownDocuments
    .flatMap((d) => d.standalone ?? [])
    .map(escape)
    .join('|')})(?=\s*(?:[；;，,。.]|以及|和|$))`,
  'g',
);

/**
 * Finds other agreements named by title in one block's plain text: any 《title》 that is not a
 * statute, and the catalog's titles in prose ("Alibaba Cloud Product Terms of Service", "Privacy
 * Policy"). A title that names the agreement it stands in — the slug of the context, or
 * introduced as "本协议" / "this Agreement" — is not a reference. Overlaps keep the first found.
 */
export function detectDocumentReferences(
  text: string,
  context: Pick<ReferenceContext, 'slug'>,
): DocumentReference[] {
  const found: DocumentReference[] = [];
  // Every stretch already looked at, kept or not: a bare title inside 《…》 is the same title.
  // A mark per character, not a list of ranges, so that thousands of titles stay linear.
  const taken = new Uint8Array(text.length);
  const add = (start: number, matched: string, title: string) => {
    const end = start + matched.length;
    if (taken.subarray(start, end).includes(1)) return;
    taken.fill(1, start, end);
    // "本《…》", "this “…”" stand right before the title: testing a short window, not the whole
    // text before it, keeps a long paragraph with many titles linear.
    const before = text.slice(Math.max(0, start - 20), start);
    if (selfTitleBefore.test(before) || selfTitleAfter.test(text.slice(end))) return;
    const slug = lookUpTitle(title)?.slug;
    if (slug && slug === context.slug) return;
    found.push({ kind: 'document', start, end, text: matched, document: slug ? { title, slug } : { title } });
  };
  for (const match of text.matchAll(bracketedTitle)) {
    const title = match.groups!.title.trim();
    if (statuteTitle.test(title)) taken.fill(1, match.index, match.index + match[0].length);
    else add(match.index, match[0], title);
  }
  for (const pattern of [bareTitle, serviceLevelAgreement]) {
    for (const match of text.matchAll(pattern)) add(match.index, match[0], match[0]);
  }
  for (const match of text.matchAll(standaloneTitle)) {
    const title = match.groups!.title;
    add(match.index + match[0].indexOf(title), title, title);
  }
  return found.sort((a, b) => a.start - b.start);
}
