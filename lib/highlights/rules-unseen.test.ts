import { describe, expect, it } from 'vitest';
import type { Language } from '../pipeline/types';
import { findPhrases } from './classify-text';
import { judgeText, withLeadIn } from './lead-in';
import { rules } from './rules';

// The rules added or narrowed for agreements they were not written on (issue 16): each with a
// clause it must mark and one it must not, in both languages. The wording comes from the issue
// and from public terms of other services, shortened.
const found = (text: string, language: Language) => findPhrases(text, language).map((f) => f.rule);
const tagsOf = (text: string, language: Language) => judgeText(text, language).tags;

describe('every rule is readable data: a note and an example it marks', () => {
  for (const language of ['en', 'zh'] as const) {
    for (const rule of rules[language].rules) {
      it(`${language} ${rule.name}`, () => {
        expect(rule.note.length).toBeGreaterThan(language === 'en' ? 20 : 8);
        expect(found(rule.example, language)).toContain(rule.name);
      });
    }
  }
});

describe('liability: vocabulary of terms the rules had not seen', () => {
  it.each([
    ['We disclaim all liability for your non-compliant use of the audio products.', 'not-liable'],
    ['The Company takes no responsibility and assumes no liability for any content.', 'not-liable'],
    ['Under no circumstances will we be responsible for lost data.', 'not-liable'],
    ['Codes may be disabled at any time without notice or liability.', 'not-liable'],
    ["Google won't be responsible for the following liabilities:", 'not-liable'],
    ['We do not take responsibility for loss or damage caused by us.', 'not-liable'],
    ['The Services are provided “AS IS.” and as available.', 'disclaims-warranty'],
    ['We make no express or implied warranties about the Services.', 'disclaims-warranty'],
    ['We disclaim all warranties of merchantability.', 'disclaims-warranty'],
    ['We provide no guarantees that your Output will be unique.', 'disclaims-warranty'],
    ["However, there are certain aspects we can't guarantee.", 'disclaims-warranty'],
    ['All use of any Beta Offering is at your sole risk.', 'customer-bears'],
    ['You are responsible for all activity occurring under your Account.', 'customer-bears'],
    ['You shall be solely and independently liable for the corresponding liabilities.', 'customer-bears'],
    ['You will be liable to us for any losses that we suffer.', 'customer-indemnifies'],
    ['You waive any right of action against us arising from the Services.', 'limits-claims'],
    ['This indemnity does not apply where the Output was modified.', 'limits-claims'],
    ['We are liable only for our breaches of these terms.', 'limited-responsibility'],
  ])('marks %j (%s)', (text, rule) => {
    expect(found(text, 'en')).toContain(rule);
  });

  it.each([
    'We warrant that the Services will conform to the documentation.',
    'We will take responsibility for repairing the defect.',
    'You are responsible for maintaining the security of your account.',
    'No waiver of any term shall be deemed a further or continuing waiver.',
    'Nothing in these Terms excludes or limits our liability for fraud:',
  ])('does not mark %j', (text) => {
    expect(tagsOf(text, 'en')).toEqual([]);
  });

  it.each([
    ['本服务可能会展示非我方所有的内容，该等内容与我们无关。', 'not-liable'],
    ['以下所列情形亦不应被计入服务不可用：', 'not-a-breach'],
    ['服务不可用时间不包括日常系统维护时间。', 'not-a-breach'],
    ['仅对本服务条款中列明的责任承担范围负责', 'limited-responsibility'],
    ['华为云在本条款下的一切义务或责任均以上述约定的范围为限。', 'limited-responsibility'],
  ])('marks %j (%s)', (text, rule) => {
    expect(found(text, 'zh')).toContain(rule);
  });

  it.each(['低于5分钟的不可用时长不计算在服务不可用时间内。', '阿里云承诺服务可用性不低于99.95%。'])(
    'does not mark %j',
    (text) => {
      expect(tagsOf(text, 'zh')).toEqual([]);
    },
  );
});

describe('liability: rules narrowed to the context that makes them an exclusion', () => {
  it('reads "to the extent permitted" as an exclusion only beside what it excludes', () => {
    expect(
      found('To the maximum extent permitted by law, we will not be liable for lost profits.', 'en'),
    ).toContain('to-the-extent-permitted');
    expect(
      found(
        'The restrictions in Clauses 10 and 11 shall apply to the fullest extent permitted by law.',
        'en',
      ),
    ).toContain('to-the-extent-permitted');
    // A right the customer keeps, a permission to process data, a severability clause.
    for (const text of [
      'As between you and us, and to the extent permitted by applicable law, you retain your ownership rights in Input.',
      'To the extent permitted by applicable law, we may process your data to provide the Services.',
      'If a provision is invalid, the rest shall be enforced to the fullest extent permitted by law.',
    ])
      expect(tagsOf(text, 'en'), text).toEqual([]);
  });

  it('reads "beyond … control" as an excuse, not as a reason to change the terms', () => {
    expect(
      found(
        'Neither party will be liable for delays caused by circumstances beyond its reasonable control.',
        'en',
      ),
    ).toContain('force-majeure');
    expect(
      found('You may terminate, except where this is caused by reasons beyond our control.', 'en'),
    ).toContain('force-majeure');
    expect(
      tagsOf('We may change these Terms due to circumstances beyond our reasonable control.', 'en'),
    ).toEqual([]);
    const leadIn = judgeText('We may make changes to these Terms due to:', 'en');
    const item = judgeText('Circumstances beyond our reasonable control.', 'en');
    expect(withLeadIn(item, leadIn, 'lead-in').tags).toEqual([]);
    // Chinese keeps its own phrase: 超出我们合理控制 names the provider's control.
    expect(found('因超出我们合理控制的情况造成的延误，我们不承担责任。', 'zh')).toContain('force-majeure');
    expect(tagsOf('我们会根据业务发展调整服务内容。', 'zh')).toEqual([]);
  });

  it('passes an exclusion lead-in down to items that exclude nothing on their own', () => {
    const leadIn = judgeText(
      "Except as stated above, Google won't be responsible for the following liabilities:",
      'en',
    );
    const item = judgeText('punitive damages', 'en');
    expect(item.tags).toEqual([]);
    expect(withLeadIn(item, leadIn, 'lead-in').tags).toEqual(['liability']);
    const zhLeadIn = judgeText('以下原因导致的服务不可用时间，不计入服务不可用分钟数：', 'zh');
    const zhItem = judgeText('客户自行升级操作系统所引起的；', 'zh');
    expect(zhItem.tags).toEqual([]);
    expect(withLeadIn(zhItem, zhLeadIn, 'lead-in').tags).toEqual(['liability']);
  });
});

describe('deletion: new objects and actions, and the customer acting', () => {
  it.each([
    ['Google may suspend your access or delete your Google Account.', 'en'],
    ['We reserve the right to take down some or all of that content.', 'en'],
    ['We will give you an opportunity to export your content before the service stops.', 'en'],
    ['若我们认为该内容违法，可能会将其移除或拒绝展示。', 'zh'],
    ['包周期服务到期后，保留期时长将根据客户等级定义。', 'zh'],
    ['账号注销申请提交后，不得向本平台要求恢复。', 'zh'],
  ] as const)('marks %j', (text, language) => {
    expect(tagsOf(text, language)).toEqual(['deletion']);
  });

  it.each([
    [
      'Read the Privacy Policy to learn how you can update, manage, export and delete your information.',
      'en',
    ],
    ['The photo may still appear after you remove it from your account.', 'en'],
    ['The administrator may restrict or remove your access to the account.', 'en'],
    ['Power supply and backup generators at the data center.', 'en'],
    ['You may not use any laws about exporting data or software to evade sanctions.', 'en'],
    ['在保留期内的资源处理和费用请参见保留期说明。', 'zh'],
    ['阿里云有权移除不符合法律法规的云市场产品。', 'zh'],
    ['您删除数据后，可以重新上传。', 'zh'],
  ] as const)('does not mark %j', (text, language) => {
    expect(tagsOf(text, language)).toEqual([]);
  });
});
