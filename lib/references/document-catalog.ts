/**
 * Other documents the agreements name by title, as data. A document with a `slug` is in the
 * library and gets a link; one without is an external document, marked but never a dead link.
 * `titles` are found anywhere in the text (case-sensitive, longest first); `bracketed` only as
 * 《title》, being common words otherwise ("该等使用限制"); `standalone` only as the whole of a
 * list item ("(c) 隐私政策；以及", not "条款和条件及隐私政策").
 */
export interface KnownDocument {
  slug?: string;
  titles: string[];
  bracketed?: string[];
  standalone?: string[];
}

export const knownDocuments: KnownDocument[] = [
  {
    slug: 'mini-program-cloud-terms',
    titles: [
      'Alibaba Cloud Product Terms of Service (General)',
      'Alibaba Cloud Product Terms of Service',
      'Product Terms of Service',
      '阿里云产品服务协议(通用)',
      '阿里云产品服务协议',
      '阿里云产品服务条款',
      '产品服务条款',
    ],
  },
  {
    slug: 'maxcompute-terms',
    titles: ['Alibaba Cloud Product Terms of Service – MaxCompute', '阿里云产品服务协议-MaxCompute'],
  },
  {
    slug: 'membership-agreement',
    titles: ['Alibaba Cloud International Website Membership Agreement', '阿里云国际站会员协议'],
  },
  {
    slug: 'mns-terms',
    titles: ['Alibaba Cloud Message Service (MNS) Terms of Service', '阿里云消息服务（MNS）服务条款'],
  },
  {
    slug: 'support-plan-terms',
    titles: ['Support Plan Terms of Service', '支持计划服务条款'],
  },
  { titles: ['Alibaba Cloud Payment and Tax Terms', '阿里云付款和税务条款', '阿里云支付和税务条款'] },
  { titles: ['Alibaba Cloud International Website Terms of Use', '阿里云国际站使用条款'] },
  { titles: ['Privacy Policy'], standalone: ['隐私政策'] },
  { titles: ['Alibaba Cloud Service Usage Rules', 'Service Usage Rules'], bracketed: ['服务使用规则'] },
  { titles: ['Usage Limits of Alibaba Cloud DNS'], bracketed: ['使用限制'] },
];

// Titles in 《》 that name a statute, not an agreement: 《网络安全法》, 《合同（第三方权利）法》,
// 《互联网信息服务管理办法》. They are not references to other agreements.
export const statuteTitle = /(?:法|条例|办法|规定|决定|解释)$/;

// A title that names the agreement it stands in: "本《阿里云产品服务协议》（下称“本协议”）",
// "this “Alibaba Cloud Product Terms of Service” (hereinafter “this Agreement”)".
export const selfTitleBefore = /(?:本|[Tt]his\s+)[《“"]?$/;
export const selfTitleAfter =
  /^[”"》]?\s*[(（](?:下称|以下简称|hereinafter)\s*[“"](?:本协议|this Agreement)[”"][)）]/;

/** The document a title names, looking it up among every spelling the catalog knows. */
export function lookUpTitle(title: string): KnownDocument | undefined {
  const wanted = title.replace(/\s+/g, ' ').trim();
  return knownDocuments.find((doc) =>
    [...doc.titles, ...(doc.bracketed ?? []), ...(doc.standalone ?? [])].includes(wanted),
  );
}
