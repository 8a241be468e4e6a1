import { diffArrays, diffChars, diffWords } from 'diff';
import type { Language } from '../pipeline/types';
import { chineseTokens } from './text';
import type { DiffKind, DiffPart, TextDiff } from './types';

interface Segment {
  kind: DiffKind;
  value: string;
}

/**
 * What two versions of a clause's text have in common and what only one has, in one language:
 * English word by word (`diffWords` of the diff package), Chinese by the words Intl.Segmenter
 * finds (`diffArrays` over them), a replaced word narrowed to its characters where the two share
 * some (网站内 → 站内: only 网 removed). White space is not compared. Paragraphs are separated by
 * "\n" in the input and come back as paragraphs of parts.
 */
export function diffText(a: string, b: string, language: Language): TextDiff {
  const words = language === 'zh' ? chineseSegments(a, b) : englishSegments(a, b);
  // Texts that share little (a clause an addendum replaces) read better struck and underlined
  // whole than as scattered words ("the", "of") left between long marks.
  const segments =
    shared(words) < rewrittenBelow ? [...rewritten(a, 'removed'), ...rewritten(b, 'added')] : words;
  return {
    a: paragraphs(project(a, segments, 'removed')),
    b: paragraphs(project(b, segments, 'added')),
    differs: segments.some((segment) => segment.kind !== 'same' && /\S/.test(segment.value)),
  };
}

/**
 * Below this share of the shorter text's characters in common, the two count as rewritten: most
 * of each side is its own (a text that only adds to the other is never rewritten).
 */
export const rewrittenBelow = 0.5;

/** The share of the shorter side's characters (spaces aside) that both sides have. */
function shared(segments: Segment[]): number {
  const shorter = Math.min(visible(segments, ['same', 'removed']), visible(segments, ['same', 'added']));
  return shorter === 0 ? 1 : visible(segments, ['same']) / shorter;
}

const visible = (segments: Segment[], kinds: DiffKind[]) =>
  segments
    .filter((segment) => kinds.includes(segment.kind))
    .reduce((n, segment) => n + segment.value.replace(/\s+/g, '').length, 0);

const rewritten = (text: string, kind: DiffKind): Segment[] =>
  /\S/.test(text) ? [{ kind, value: text }] : [];

/** One side alone: all of it removed (only in a) or added (only in b). */
export function oneSided(text: string, kind: 'removed' | 'added'): DiffPart[][] {
  return paragraphs([{ kind, text }]);
}

function englishSegments(a: string, b: string): Segment[] {
  return diffWords(a, b).map((change) => ({ kind: kindOf(change), value: change.value }));
}

function chineseSegments(a: string, b: string): Segment[] {
  const words = diffArrays(chineseTokens(a), chineseTokens(b)).map((change) => ({
    kind: kindOf(change),
    value: change.value.join(''),
  }));
  return words.flatMap((segment, i) => {
    const next = words[i + 1];
    const previous = words[i - 1];
    // A removed word followed by an added one: compare their characters, when both are Chinese.
    if (segment.kind === 'removed' && next?.kind === 'added' && chinese(segment.value) && chinese(next.value))
      return diffChars(segment.value, next.value).map((change) => ({
        kind: kindOf(change),
        value: change.value,
      }));
    if (
      segment.kind === 'added' &&
      previous?.kind === 'removed' &&
      chinese(segment.value) &&
      chinese(previous.value)
    )
      return [];
    return [segment];
  });
}

const chinese = (text: string) => !/[A-Za-z0-9]/.test(text);

function kindOf(change: { added?: boolean; removed?: boolean }): DiffKind {
  return change.added ? 'added' : change.removed ? 'removed' : 'same';
}

/**
 * Lays the segments one side keeps (same, and its own kind) over that side's original text, so
 * each part carries the side's own spacing: the segments' non-space characters are the text's
 * non-space characters, in order. Spacing before a part stays outside it, so a marked part never
 * starts with a space.
 */
function project(text: string, segments: Segment[], own: 'removed' | 'added'): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (kind: DiffKind, chunk: string) => {
    if (chunk === '') return;
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += chunk;
    else parts.push({ kind, text: chunk });
  };
  let at = 0;
  for (const segment of segments) {
    if (segment.kind !== 'same' && segment.kind !== own) continue;
    let wanted = segment.value.replace(/\s+/g, '').length;
    const start = at;
    while (at < text.length && /\s/.test(text[at])) at++;
    push('same', text.slice(start, at));
    const from = at;
    while (wanted > 0 && at < text.length) if (!/\s/.test(text[at++])) wanted--;
    if (wanted > 0) throw new Error(`diffText: the segments do not cover the text "${text.slice(0, 40)}…"`);
    push(segment.kind, text.slice(from, at));
  }
  if (/\S/.test(text.slice(at))) throw new Error(`diffText: text left over after "${text.slice(0, 40)}…"`);
  push('same', text.slice(at));
  return parts;
}

/** Parts split into paragraphs at "\n"; the break itself belongs to neither. */
function paragraphs(parts: DiffPart[]): DiffPart[][] {
  const out: DiffPart[][] = [[]];
  for (const part of parts)
    part.text.split('\n').forEach((piece, i) => {
      if (i > 0) out.push([]);
      if (piece !== '') out[out.length - 1].push({ kind: part.kind, text: piece });
    });
  return out.filter((paragraph) => paragraph.some((part) => /\S/.test(part.text)));
}
