import type { Language } from '../pipeline/types';

/**
 * How the agreements define a term, as named patterns over a block's plain text. Each has a
 * `term` group (and `also`, for "“you” or “your”"). Bold is gone from plain text, so
 * “**Agreement**” reads “Agreement”. A quoted word that is not defined — “I agree”, “as is”,
 * （如“云监控”） — has none of these shapes.
 */
export interface TermPattern {
  name: string;
  pattern: RegExp;
}

const quoted = String.raw`[“"](?<term>[^”"\n]{1,60}?)[”"]`;
const quotedAlso = String.raw`(?:\s*(?:or|或)\s*[“"](?<also>[^”"\n]{1,60}?)[”"])?`;

// What may stand before the term inside its parentheses: "(the “Member Content”)",
// "(collectively, the “Agreement”)", "(hereinafter, individually or collectively, the …)",
// "（以下简称“阿里云”）", "（以上统称为“条款”）", "（以下单独或统称“阿里云网站”）". Not "（如“云监控”）".
const enLead = String.raw`(?:(?:all of the above|hereinafter|collectively|individually or collectively|referred to as|the|an?)[\s,]*)*`;
const zhLead = String.raw`(?:(?:以下|以上)?(?:单独或)?(?:简称|统称|称)为?|下称)?`;

export const termPatterns: Record<Language, TermPattern[]> = {
  en: [
    {
      // "(the “**Member Content**”)", "(referred to as “you” or “your” hereafter)"
      name: 'parenthetical',
      pattern: new RegExp(String.raw`\(${enLead}${quoted}${quotedAlso}(?:\s*hereafter)?\)`, 'g'),
    },
    {
      // "“**Intellectual Property Rights**” shall mean", "an “End User” is any", "“Services” means"
      name: 'means',
      pattern: new RegExp(String.raw`${quoted}\s+(?:shall mean|means|refers to|is any)\b`, 'g'),
    },
    {
      // "For the purposes of these Terms of Service, confidential information means …"
      name: 'purposes-means',
      pattern: /\b[Ff]or the purposes of [^,]{1,60},\s*(?<term>[a-z][a-z ]{2,40}?)\s+means\b/g,
    },
  ],
  zh: [
    {
      // "（以下简称“阿里云”）", "（以上简称“操作指引”）", "（“**账户**”）"
      name: 'parenthetical',
      pattern: new RegExp(String.raw`[(（]${zhLead}${quoted}${quotedAlso}[)）]`, 'g'),
    },
    {
      // "（以下统称该等行为）": the same, without quotes
      name: 'parenthetical-unquoted',
      pattern: /[(（](?:以下|以上)(?:简称|统称|称)为?(?<term>[^()（）“”"，,。；\s]{2,12})[)）]/g,
    },
    {
      // "“**知识产权**”指", "本条款中“服务”指", "“数据保护法律”指"
      name: 'means',
      pattern: new RegExp(String.raw`${quoted}(?:是)?指`, 'g'),
    },
    {
      // "本服务条款所称保密信息，是指…"
      name: 'purposes-means',
      pattern: /所称(?<term>[^，,。“”\s]{2,12})[，,]?是?指/g,
    },
  ],
};

/**
 * A section named after a term that its first clause defines by saying what the term is:
 * "## 6. User Business Data" + "6.1 … the data you process … are your user business data",
 * "## 6. 用户业务数据" + "6.1 … 处理的数据，均为您的用户业务数据". Returns the term as the clause
 * writes it, or null.
 */
export function termNamedByHeading(heading: string, firstClause: string, language: Language): string | null {
  const name = heading.replace(/^\d+\.?\s*/, '').trim();
  const short = language === 'en' ? name.split(/\s+/).length <= 4 : name.length <= 8;
  if (!name || !short || /[[\]【】()（）]/.test(name)) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const copula =
    language === 'en'
      ? new RegExp(String.raw`\b(?:are|is) (?:your |the )?(?<term>${escaped})\b`, 'i')
      : new RegExp(String.raw`(?:均为|为|是)(?:您的)?(?<term>${escaped})`);
  return copula.exec(firstClause)?.groups?.term ?? null;
}

// Pronouns defined for convenience ("referred to as “you” or “your”") are not glossary terms.
export const pronounTerms = new Set(['you', 'your', 'we', 'us', 'our', '您', '您的', '我们']);
