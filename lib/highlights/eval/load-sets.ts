import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readAgreement } from '../../agreements';
import type { Language } from '../../pipeline/types';
import { textOf } from '../classify-agreement';
import { isLeadIn, judgeText, withLeadIn } from '../lead-in';
import { partiesOf, type Parties } from '../parties';
import type { Tag } from '../rules';
import type { Judged } from './score';
import { segmentTerms } from './segment';

/** A labelled set judged by the rules: the seed agreements, or the dev or held-out unseen text. */
export interface EvalSet {
  name: 'seed' | 'dev' | 'heldOut';
  language: Language;
  units: Judged[];
}

interface SeedExample {
  from: string;
  text: string;
  leadIn?: string;
  tags: Tag[];
}

interface CorpusLabels {
  documents: {
    document: string;
    split: 'dev' | 'heldOut';
    units: number;
    positives: { unit: number; start: string; tags: Tag[] }[];
  }[];
}

interface ChineseLabels {
  sources: {
    source: string;
    split: 'dev' | 'heldOut';
    provider: string[];
    customer: string[];
    sentences: { text: string; leadIn?: string; tags: Tag[] }[];
  }[];
}

/** The rules' tags for a unit read with its lead-in, as the site reads a list item. */
export function judgeUnit(
  text: string,
  leadIn: string | undefined,
  language: Language,
  parties: Parties,
): Tag[] {
  const own = judgeText(text, language, parties);
  if (!leadIn || !isLeadIn(leadIn, language)) return own.tags;
  return withLeadIn(own, judgeText(leadIn, language, parties), 'lead-in').tags;
}

// The parties of a seed agreement, as the site finds them: "membership-agreement 2.3.a" → its text.
function seedParties(slug: string, language: Language): Parties {
  const text = readAgreement(slug).texts[language]!;
  return partiesOf(text.blocks.map(textOf).join('\n'), language);
}

const fixtures = (root: string) => path.join(root, 'tests', 'fixtures', 'highlights');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/**
 * Every labelled set, judged: the seed labels (labelled-*.json), the English corpus units
 * (cut by segment.ts from `corpusDir`, checked against the unit count and first words the
 * labels were made on) and the Chinese sentences, split as split.json says.
 */
export function loadEvalSets(root: string, corpusDir: string): EvalSet[] {
  const sets: EvalSet[] = [];
  for (const language of ['en', 'zh'] as const) {
    const seed = readJson<SeedExample[]>(path.join(fixtures(root), `labelled-${language}.json`));
    sets.push({
      name: 'seed',
      language,
      units: seed.map((e) => ({
        id: e.from,
        text: e.text,
        want: e.tags,
        got: judgeUnit(e.text, e.leadIn, language, seedParties(e.from.split(' ')[0], language)),
      })),
    });
  }
  const en = readJson<CorpusLabels>(path.join(fixtures(root), 'unseen', 'en.json'));
  const zh = readJson<ChineseLabels>(path.join(fixtures(root), 'unseen', 'zh.json'));
  for (const split of ['dev', 'heldOut'] as const) {
    const english: Judged[] = [];
    for (const doc of en.documents.filter((d) => d.split === split)) {
      const markdown = readFileSync(path.join(corpusDir, doc.document), 'utf8');
      const units = segmentTerms(markdown);
      const parties = partiesOf(markdown, 'en');
      if (units.length !== doc.units)
        throw new Error(`${doc.document}: ${units.length} units, labelled on ${doc.units}`);
      const labels = new Map(doc.positives.map((p) => [p.unit, p]));
      for (const unit of units) {
        const label = labels.get(unit.index);
        if (label && !unit.text.startsWith(label.start))
          throw new Error(`${doc.document}#${unit.index} is not “${label.start}”`);
        english.push({
          id: `${doc.document}#${unit.index}`,
          text: unit.text,
          want: label?.tags ?? [],
          got: judgeUnit(unit.text, unit.leadIn, 'en', parties),
        });
      }
    }
    sets.push({ name: split, language: 'en', units: english });
    const chinese = zh.sources
      .filter((s) => s.split === split)
      .flatMap((s) =>
        s.sentences.map((e, i) => ({
          id: `${s.source} #${i + 1}`,
          text: e.text,
          want: e.tags,
          got: judgeUnit(e.text, e.leadIn, 'zh', { provider: s.provider, customer: s.customer }),
        })),
      );
    sets.push({ name: split, language: 'zh', units: chinese });
  }
  return sets;
}
