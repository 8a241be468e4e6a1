import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementSlugs, readAgreement } from '../agreements';
import { checkRegions } from './check-regions';

// The fixture regions file passes; each case below breaks one thing in a copy of it and expects
// the error at the line of the broken text (or of the effect it belongs to), naming what is wrong.
const dir = path.join(__dirname, '..', '..', 'tests', 'fixtures', 'regions');
const root = path.join(dir, 'agreements');
const agreements = agreementSlugs(root).map((slug) => readAgreement(slug, root));
const good = readFileSync(path.join(dir, 'regions.yaml'), 'utf8');
const scratch = mkdtempSync(path.join(tmpdir(), 'regions-'));

function checkVariant(from: string, to: string) {
  expect(good).toContain(from);
  const text = good.replace(from, to);
  const file = path.join(scratch, 'regions.yaml');
  writeFileSync(file, text);
  const lineWith = (words: string) => text.split('\n').findIndex((line) => line.includes(words)) + 1;
  return { errors: checkRegions(agreements, file), lineWith };
}

const cases: { name: string; from: string; to: string; at: string; problem: string }[] = [
  {
    name: 'an effect on a clause that does not exist names its addendum item',
    from: 'item: eu-addendum.6, kind: replace, targets: [5.3]',
    to: 'item: eu-addendum.6, kind: replace, targets: [5.9]',
    at: 'targets: [5.9]',
    problem: 'eu-addendum.6 (replace): clause 5.9 does not exist',
  },
  {
    name: 'an effect naming an addendum item that does not exist',
    from: 'item: eu-addendum.4, kind: annotate',
    to: 'item: eu-addendum.8, kind: annotate',
    at: 'eu-addendum.8',
    problem: 'eu-addendum.8 (annotate): addendum item eu-addendum.8 does not exist',
  },
  {
    name: 'an added clause the item does not name (checked in Chinese as in English)',
    from: 'targets: [2.1.c]',
    to: 'targets: [2.1.d]',
    at: 'targets: [2.1.d]',
    problem: 'eu-addendum.3 (add): the item does not name clause 2.1(d) (zh)',
  },
  {
    name: 'an added clause that already exists',
    from: 'targets: [2.1.c]',
    to: 'targets: [2.1.b]',
    at: 'targets: [2.1.b]',
    problem: 'eu-addendum.3 (add): clause 2.1.b already exists',
  },
  {
    name: 'a replacement whose item replaces another clause',
    from: 'item: au-addendum.2, kind: replace, targets: [4.1]',
    to: 'item: au-addendum.2, kind: replace, targets: [4.2]',
    at: 'targets: [4.2]',
    problem: 'au-addendum.2 (replace): the item does not name clause 4.2 (en)',
  },
  {
    name: 'a reference the target does not contain',
    from: 'zh: 《合同（第三方权利）法》（第53B章） }',
    to: 'zh: 《第三方权利法》 }',
    at: '        item: eu-addendum.5',
    problem: 'eu-addendum.5 (modify-reference): clause 5.2 does not contain "《第三方权利法》" (zh)',
  },
  {
    name: 'a condition that is not the item’s own words',
    from: 'zh: 如本协议被视为小企业合同',
    to: 'zh: 如您是小企业',
    at: '        item: au-addendum.5',
    problem:
      'au-addendum.5 (conditional-replace): the condition "如您是小企业" is not in the item\'s text (zh)',
  },
  {
    name: 'a part that does not exist',
    from: 'part: gdpr-addendum',
    to: 'part: uk-addendum',
    at: 'part: uk-addendum',
    problem: 'eu-addendum.2 (whole-addendum): part uk-addendum does not exist',
  },
  {
    name: 'an addendum item with no effect listed',
    from: '      - { region: au, item: au-addendum.4, kind: definitions }\n',
    to: '',
    at: '{ region: eu, item: eu-addendum.1',
    problem: 'addendum item au-addendum.4 has no effect listed',
  },
  {
    name: 'an unknown region',
    from: 'regions: [intl, eu, au]',
    to: 'regions: [intl, eu, au, uk]',
    at: 'regions: [intl, eu, au, uk]',
    problem: 'unknown region uk',
  },
  {
    name: 'an effect for a region the agreement does not apply in',
    from: 'region: eu, item: eu-addendum.4',
    to: 'region: cn, item: eu-addendum.4',
    at: 'region: cn, item: eu-addendum.4',
    problem: 'eu-addendum.4 (annotate): region cn is not among its regions',
  },
  {
    name: 'a default region the agreement does not apply in',
    from: 'default: intl',
    to: 'default: cn',
    at: 'default: cn',
    problem: 'default region cn is not among its regions',
  },
  {
    name: 'a quote that is not in the clause it cites',
    from: 'zh: 公司编号为01234567',
    to: 'zh: 公司编号为07654321',
    at: '公司编号为07654321',
    problem: '"公司编号为07654321" is not in sample-membership#eu-addendum.1 (zh)',
  },
  {
    name: 'a jurisdiction the clause does not state',
    from: 'jurisdiction: non-exclusive',
    to: 'jurisdiction: exclusive',
    at: 'The courts of New South Wales',
    problem: 'jurisdiction is exclusive but sample-membership#au-addendum.5 (en) says non-exclusive',
  },
  {
    name: 'a card fact quoted from no clause of the agreement it is shown for',
    from: 'regions: [cn]',
    to: 'regions: [cn, intl]',
    at: 'law: { en: the laws of Singapore',
    problem: 'law of intl is shown for sample-terms but quoted from none of its clauses',
  },
  {
    name: 'an agreement without an entry',
    from: '  sample-terms:\n    regions: [cn]\n    default: cn\n',
    to: '',
    at: '  sample-membership:',
    problem: 'agreement sample-terms has no entry',
  },
  {
    name: 'a kind that does not exist (schema)',
    from: 'kind: definitions',
    to: 'kind: define',
    at: 'kind: define',
    problem: 'agreements.sample-membership.effects.9.kind: Invalid option',
  },
  {
    name: 'a kind without what it needs (schema)',
    from: 'kind: replace, targets: [5.3]',
    to: 'kind: replace',
    at: 'item: eu-addendum.6, kind: replace',
    problem: 'replace takes exactly one target',
  },
  {
    name: 'a comma left unquoted in a flow map (schema: "Singapore" reads as a key)',
    from: "notice: { en: '1 Example Street, Singapore'",
    to: 'notice: { en: 1 Example Street, Singapore',
    at: 'notice: { en: 1 Example Street',
    problem: 'regions.intl.notice: Unrecognized key: "Singapore"',
  },
  {
    name: 'YAML that does not parse',
    from: 'default: intl',
    to: 'default: intl\n    default: eu',
    at: 'default: eu',
    problem: 'not valid YAML: Map keys must be unique',
  },
];

describe('checkRegions', () => {
  it('passes the fixture regions file', () => {
    expect(checkRegions(agreements, path.join(dir, 'regions.yaml')).map((e) => e.message)).toEqual([]);
  });

  for (const { name, from, to, at, problem } of cases) {
    it(`reports ${name}`, () => {
      const { errors, lineWith } = checkVariant(from, to);
      const found = errors.find((error) => error.problem.includes(problem));
      expect(found, errors.map((e) => e.message).join('\n')).toBeDefined();
      expect(found!.line).toBe(lineWith(at));
      expect(found!.message).toMatch(/regions\.yaml:\d+: /);
    });
  }
});
