import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures';

const labels = (text: string, language: 'zh' | 'en', label?: string) =>
  extractFigures(text, language, label).map((figure) => figure.label);

describe('extractFigures: numbers and periods', () => {
  it.each([
    ['如果您在欠费后24小时内充值', ['24 hours']],
    ['订单将为您保留七日', ['7 days']],
    ['提前１５天通知', ['15 days']],
    ['168个小时内仍未续费', ['168 hours']],
    ['连续72小时不能正常使用', ['72 hours']],
    ['过往12个月所缴纳的服务费用', ['12 months']],
    ['交邮后的第五个自然日即视为送达', ['5 days']],
    ['发出后一个工作日视为生效', ['1 business day']],
  ])('zh %s', (text, expected) => expect(labels(text, 'zh')).toEqual(expected));

  it.each([
    ['within 24 hours after falling into arrears', ['24 hours']],
    ['held for seven days', ['7 days']],
    ['a 15-day time limit', ['15 days']],
    ['unavailable for 72 consecutive hours', ['72 hours']],
    ['within 30 calendar days', ['30 days']],
    ['on the fifth calendar day after posting', ['5 days']],
    ['effective one business day after being sent', ['1 business day']],
  ])('en %s', (text, expected) => expect(labels(text, 'en')).toEqual(expected));
});

describe('extractFigures: multiplications and service hours', () => {
  it('reads "360（15 X24）个小时" as 360 hours, not 15 and 24', () => {
    expect(labels('15日（至暂停之时起至360（15 X24）个小时满）内', 'zh')).toEqual(['15 days', '360 hours']);
    expect(labels('within 15 days (until 360 (15 × 24) hours have elapsed)', 'en')).toEqual([
      '15 days',
      '360 hours',
    ]);
  });

  it('reads "7日（7X24即168个小时）" as 7 days and 168 hours', () => {
    expect(labels('服务期终止后7日（7X24即168个小时）', 'zh')).toEqual(['7 days', '168 hours']);
    expect(labels('upon the expiry of 7 days (7×24, i.e. 168 hours)', 'en')).toEqual(['7 days', '168 hours']);
  });

  it('reads "7×24" alone as service hours, not a period', () => {
    expect(labels('阿里云将提供7×24电话以及在线工单咨询', 'zh')).toEqual(['7×24 service']);
    expect(labels('提供7×24小时的故障售后服务', 'zh')).toEqual(['7×24 service']);
    expect(labels('a 24/7 online ticket service system', 'en')).toEqual(['7×24 service']);
  });
});

describe('extractFigures: amounts and rates', () => {
  it('reads USD amounts in either notation', () => {
    expect(labels('或(b) USD100', 'zh')).toEqual(['USD 100']);
    expect(labels('or (b) USD 1,000', 'en')).toEqual(['USD 1000']);
    expect(labels('不超过100美元', 'zh')).toEqual(['USD 100']);
  });

  it('reads 万分之五 and "five ten-thousandths" as 0.05%', () => {
    expect(labels('每日按欠费金额的万分之五收取违约金', 'zh')).toEqual(['0.05%']);
    expect(labels('a penalty of five ten-thousandths per day', 'en')).toEqual(['0.05%']);
    expect(labels('a penalty of 0.05% per day', 'en')).toEqual(['0.05%']);
    expect(labels('百分之十', 'zh')).toEqual(['10%']);
  });
});

describe('extractFigures: clause references', () => {
  it('reads Chinese references, lists and "本服务第3条", but not a statute\'s sections', () => {
    expect(labels('您可能违反第3条和/或第9条项下的任何陈述', 'zh')).toEqual(['Clause 3', 'Clause 9']);
    expect(labels('第2.9、4、5和13条应继续有效', 'zh')).toEqual([
      'Clause 2.9',
      'Clause 4',
      'Clause 5',
      'Clause 13',
    ]);
    expect(labels('您严重违反本服务第3条的承诺', 'zh')).toEqual(['Clause 3']);
    expect(labels('作为新的第9.1(g)条增加至本协议', 'zh')).toEqual(['Clause 9.1(g)']);
    expect(labels('根据澳大利亚消费者法第51、52或53条作出的保证', 'zh')).toEqual([]);
  });

  it('reads English references and lists', () => {
    expect(labels('under Clause 3 and/or 9.', 'en')).toEqual(['Clause 3', 'Clause 9']);
    expect(labels('Clauses 2.9, 4, 5 and 13 shall survive', 'en')).toEqual([
      'Clause 2.9',
      'Clause 4',
      'Clause 5',
      'Clause 13',
    ]);
    expect(labels('the commitments in Clause 3 of these Terms', 'en')).toEqual(['Clause 3']);
    expect(labels('pursuant to sections 51, 52 or 53 of the Australian Consumer Law', 'en')).toEqual([]);
  });
});

describe('extractFigures: entities', () => {
  it('names parties and courts from the table in both languages', () => {
    expect(labels('本服务条款是阿里云计算有限公司与您之间的协议', 'zh')).toEqual([
      'Alibaba Cloud Computing Ltd.',
    ]);
    expect(labels('between you and Alibaba Cloud Computing Ltd. (hereinafter', 'en')).toEqual([
      'Alibaba Cloud Computing Ltd.',
    ]);
    expect(labels('缔约实体为Alibaba.com (Europe) Limited，公司编号为06721521', 'zh')).toEqual([
      'Alibaba.com (Europe) Limited',
    ]);
    expect(labels('任何一方均可向杭州市西湖区人民法院提起诉讼', 'zh')).toEqual([
      'Xihu District People’s Court, Hangzhou',
    ]);
    expect(labels('with the People’s Court of Hangzhou’s West Lake District', 'en')).toEqual([
      'Xihu District People’s Court, Hangzhou',
    ]);
  });
});

describe('extractFigures: what is not a figure', () => {
  it.each([
    ['zh', '本协议自2018年3月16日起生效', []],
    ['en', 'This Agreement is effective from March 16, 2018.', []],
    ['en', 'shall apply from 25 May 2018 (Regulation (EU) 2016/679)', []],
    ['zh', '详见 https://help.aliyun.com/document_detail/201802101429_52750.htm 页面', []],
    ['en', 'company number 06721521, version v2.1.3', []],
    ['zh', '（第53B章）（2002年修订版）', []],
  ] as const)('%s %s', (language, text, expected) => expect(labels(text, language)).toEqual(expected));

  it("skips the clause's own leading number", () => {
    expect(labels('10 日常运营', 'zh', '10')).toEqual([]);
    expect(labels('3.2.1. 在您使用服务期间', 'zh', '3.2.1.')).toEqual([]);
    expect(labels('(b) 30 days after notice', 'en', '(b)')).toEqual(['30 days']);
  });

  it('counts "one (1) year" and "一（1）年" once, as a stated figure', () => {
    const zh = extractFigures('须在诉因产生之日起一（1）年内提出', 'zh');
    const en = extractFigures('must be filed within one (1) year', 'en');
    expect([zh, en].map((figures) => figures.map((f) => [f.label, f.weak]))).toEqual([
      [['1 year', false]],
      [['1 year', false]],
    ]);
  });

  it('marks a "1" written as a word weak: "前一小时", "a month"', () => {
    expect(extractFigures('收取您前一小时的服务费用', 'zh')[0].weak).toBe(true);
    expect(extractFigures('less than a month', 'en')[0].weak).toBe(true);
  });
});
