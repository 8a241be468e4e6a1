import { describe, expect, it } from 'vitest';
import { findPhrases } from './classify-text';
import { defaultParties, partiesOf } from './parties';

describe('partiesOf: who provider and customer are, from the agreement’s own definitions', () => {
  it('takes the provider defined after a company or “entities” and the customer defined with “you”', () => {
    const text =
      'This Agreement is between you (referred to as “you” or “your” hereafter) and the relevant ' +
      'Alibaba Cloud entities, depending on your location (“Alibaba Cloud”).';
    expect(partiesOf(text, 'en')).toEqual({
      provider: ['we', 'us', 'our', 'Alibaba Cloud'],
      customer: ['you', 'your'],
    });
  });

  it('reads “X” means … Limited, and a customer named by role (“Customer”)', () => {
    const text =
      'These Terms are an agreement between Anthropic and you or the organization you represent (“Customer”). ' +
      '“Anthropic” means Anthropic Ireland, Limited if Customer resides in the EEA.';
    const parties = partiesOf(text, 'en');
    expect(parties.provider).toContain('Anthropic');
    expect(parties.customer).toContain('Customer');
    expect(parties.provider).not.toContain('Customer');
  });

  it('keeps a third party defined later out of the provider (“Apple”)', () => {
    const text =
      'The Products are provided by Mistral AI (“Mistral AI”, “we”, “us”). Apple, Inc. (“Apple”) is not a party.';
    const parties = partiesOf(text, 'en');
    expect(parties.provider).toContain('Mistral AI');
    expect(parties.provider).not.toContain('Apple');
  });

  it('reads Chinese definitions: （以下简称“华为云”）, （以下称“您”或“您的”）', () => {
    const text = '本协议由华为云计算技术有限公司（以下简称“华为云”）与用户（以下称“您”或“您的”）共同缔结。';
    const parties = partiesOf(text, 'zh');
    expect(parties.provider).toContain('华为云');
    expect(parties.provider).not.toContain('阿里云');
    expect(parties.customer).toContain('您的');
  });

  it('falls back to this project’s provider when the text names none', () => {
    expect(partiesOf('We provide the Services to you.', 'en').provider).toEqual(defaultParties.en.provider);
    expect(partiesOf('我们向您提供服务。', 'zh').provider).toContain('阿里云');
  });
});

describe('rules read {provider} and {customer} as the agreement’s names', () => {
  const europe = partiesOf('Alibaba.com (Europe) Limited (“Alibaba Europe”) provides the Services.', 'en');
  const rules = (text: string, language: 'en' | 'zh', parties = defaultParties[language]) =>
    findPhrases(text, language, parties).map((f) => f.rule);

  it('finds “indemnify and hold [provider] harmless” for whatever the provider is called', () => {
    const clause = 'You will indemnify and hold Alibaba Europe harmless from any third-party claim.';
    expect(rules(clause, 'en', europe)).toContain('customer-indemnifies');
    // The same clause with the default names: "Alibaba Europe" is nobody, so nothing is found.
    expect(rules(clause, 'en')).not.toContain('customer-indemnifies');
  });

  it('does not read the provider indemnifying the customer as the customer indemnifying', () => {
    const anthropic = partiesOf('Anthropic, PBC (“Anthropic”, “we”, “us”) offers the Services.', 'en');
    expect(rules('Customer will defend Anthropic against any Anthropic Claim.', 'en', anthropic)).toContain(
      'customer-indemnifies',
    );
    expect(
      rules('Anthropic will defend Customer against any Customer Claim.', 'en', anthropic),
    ).not.toContain('customer-indemnifies');
  });

  it('finds 与{provider}无关 and 赔偿{provider} with the Chinese names', () => {
    const huawei = partiesOf('华为云计算技术有限公司（以下简称“华为云”）', 'zh');
    expect(rules('第三方服务引起的纠纷与华为云无关。', 'zh', huawei)).toContain('not-liable');
    expect(rules('第三方服务引起的纠纷与华为云无关。', 'zh')).not.toContain('not-liable');
    const ctyun = partiesOf('天翼云科技有限公司（简称“天翼云”）', 'zh');
    expect(rules('因此给第三方造成损失的，客户同意赔偿天翼云。', 'zh', ctyun)).toContain(
      'customer-indemnifies',
    );
    expect(rules('因天翼云原因造成损失的，天翼云赔偿客户。', 'zh', ctyun)).not.toContain(
      'customer-indemnifies',
    );
  });

  it('takes the customer’s names too: 由用户自行承担, but not 由阿里云承担', () => {
    expect(rules('因此产生的风险由用户自行承担。', 'zh')).toContain('customer-bears');
    expect(rules('因此产生的费用由阿里云承担。', 'zh')).not.toContain('customer-bears');
  });
});
