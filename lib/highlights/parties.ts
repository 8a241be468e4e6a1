import type { Language } from '../pipeline/types';

/**
 * Who the provider and the customer are, in the words of one agreement. Rules say `{provider}`
 * and `{customer}` ("indemnify {provider}", "由{customer}承担") and read them as these names, so
 * the same rules hold for "Alibaba Cloud", 阿里云, "Anthropic", 华为云 or "the Company".
 */
export interface Parties {
  provider: string[];
  customer: string[];
}

const pronouns: Record<Language, Parties> = {
  en: { provider: ['we', 'us', 'our'], customer: ['you', 'your'] },
  zh: { provider: ['我们', '我方', '本公司'], customer: ['您', '你', '用户', '客户'] },
};

/**
 * The parties when no agreement is at hand (a reviewer's draft on the command line, a test
 * sentence): the pronouns, and this project's provider by its usual names.
 */
export const defaultParties: Record<Language, Parties> = {
  en: {
    provider: [...pronouns.en.provider, 'Alibaba Cloud'],
    customer: [...pronouns.en.customer, 'Customer'],
  },
  zh: { provider: [...pronouns.zh.provider, '阿里云'], customer: pronouns.zh.customer },
};

// A parenthesis that defines names: (hereinafter “Alibaba Cloud”), (“Company,” “we,” “us”),
// （以下简称“阿里云”）, （以下称“您”或“您的”）.
const definition = /[(（]([^()（）]{0,160}?[“"][^()（）]{1,200}?)[)）]/g;
const quotedName = /[“"]([^“”"]{1,40}?)[,，]?[”"]/g;
// The names a customer goes by in a definition: (“Customer”), (“Member”), （“用户”）.
const customerRoles = new Set(['customer', 'member', 'user', 'licensee', '用户', '客户', '会员', '甲方']);
// What stands before the provider's defining parenthesis: "… Private Limited (", "…有限公司（",
// "the relevant Alibaba Cloud entities, depending on your location (", "相关阿里云实体（视您所在地而定）（".
const providerBefore =
  /(?:Limited|Ltd\.?|Inc\.?|LLC|PBC|Corporation|Corp\.?|GmbH|S\.A\.S\.?|entity|entities|Contracting Party|公司|实体)[^“"]{0,40}$/;
// "“Anthropic” means Anthropic Ireland, Limited if …": a name defined as a company.
const meansCompany =
  /[“"]([^“”"]{1,40}?)[”"]\s+(?:means|refers to)\s+[^.;]{0,80}?(?:Limited|Ltd|Inc|LLC|PBC|Corporation)\b/g;
// "Google LLC", "Mistral AI, a French … corporation": a company by its first word.
const companyWord = /\b([A-Z][A-Za-z]+)(?: [A-Z][A-Za-z]+)?,? (?:LLC|Inc\.|Limited|Ltd\.|PBC|Corporation)/g;

/**
 * The parties an agreement names. The customer: names defined with "you", 您 or a customer's
 * role ("Customer", "Member", 用户). The provider: names defined with "we", "us", 我们; the first
 * name defined right after a company or "entity" ("Alibaba Cloud (Singapore) Private Limited
 * (“Alibaba Cloud”)", "阿里云计算有限公司（以下简称“阿里云”）"); a name "“X” means … Inc."; and,
 * in English, when no definition names the provider, the company the text names most often by
 * its first word ("Google" for "Google LLC"), if it does so at least 15 times. The pronouns are always parties;
 * when the text names no provider at all, so is this project's provider (Alibaba Cloud, 阿里云).
 */
export function partiesOf(text: string, language: Language): Parties {
  const plain = text.replace(/\*\*/g, '');
  const provider = new Set(pronouns[language].provider);
  const customer = new Set(pronouns[language].customer);
  let companyNamed = false;
  for (const match of plain.matchAll(definition)) {
    const names = [...match[1].matchAll(quotedName)].map((m) => m[1].trim()).filter(Boolean);
    const lower = names.map((n) => n.toLowerCase());
    const before = plain.slice(Math.max(0, match.index - 80), match.index);
    if (lower.some((n) => customer.has(n) || customerRoles.has(n))) names.forEach((n) => customer.add(n));
    else if (lower.some((n) => pronouns[language].provider.includes(n))) {
      names.forEach((n) => provider.add(n));
      companyNamed = true;
    } else if (!companyNamed && providerBefore.test(before)) {
      names.forEach((n) => provider.add(n));
      companyNamed = true;
    }
  }
  if (language === 'en') {
    for (const match of plain.matchAll(meansCompany)) provider.add(match[1].trim());
    const counts = [...new Set([...plain.matchAll(companyWord)].map((m) => m[1]))]
      .map((word) => ({ word, count: plain.split(new RegExp(`\\b${word}\\b`)).length - 1 }))
      .sort((a, b) => b.count - a.count);
    const named = provider.size > pronouns.en.provider.length;
    if (!named && counts[0] && counts[0].count >= 15) provider.add(counts[0].word);
  }
  // An agreement that names no provider (a fixture, a draft): the project's own provider.
  if (provider.size === pronouns[language].provider.length)
    defaultParties[language].provider.forEach((name) => provider.add(name));
  for (const name of customer) provider.delete(name);
  return { provider: [...provider], customer: [...customer] };
}
