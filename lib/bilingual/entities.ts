import type { FigureRule } from './rules';

/**
 * The parties and courts the agreements name, as a table: one entry per entity, with every way
 * either language writes it (the Chinese texts keep the foreign companies' English names).
 * A name is matched in half-width text, so "阿里云（新加坡）" is written "阿里云(新加坡)" here.
 */
export const entities: { name: string; names: RegExp[] }[] = [
  {
    name: 'Alibaba Cloud Computing Ltd.',
    names: [/阿里云计算有限公司/, /Alibaba Cloud Computing (?:Co\., )?Ltd\.?/],
  },
  {
    name: 'Alibaba Cloud (Singapore) Private Limited',
    names: [/Alibaba Cloud \(Singapore\) Private Limited/, /阿里云\(新加坡\)私人有限公司/],
  },
  { name: 'Alibaba.com (Europe) Limited', names: [/Alibaba\.com \(Europe\) Limited/] },
  { name: 'Alibaba Cloud US LLC', names: [/Alibaba Cloud US LLC/] },
  { name: 'Alibaba Cloud (India) LLP', names: [/Alibaba Cloud \(India\) LLP/] },
  { name: 'Alibaba Cloud (Malaysia) Sdn. Bhd.', names: [/Alibaba Cloud \(Malaysia\) Sdn\.? Bhd\.?/] },
  // "the People's Court of Xihu District, Hangzhou", "the People's Court of Hangzhou's West Lake District"
  {
    name: 'Xihu District People’s Court, Hangzhou',
    names: [
      /杭州市西湖区人民法院/,
      /People['’]s Court of (?:Hangzhou['’]s )?(?:Xihu|West Lake) District/i,
      /(?:Xihu|West Lake) District People['’]s Court/i,
    ],
  },
  {
    name: 'people’s court where the defendant is located',
    names: [/被告所在地(?:的)?人民法院/, /people['’]s court (?:at|of|in) the place where the defendant/i],
  },
  { name: 'courts of Singapore', names: [/新加坡法院/, /courts of Singapore|Singapore courts/i] },
  { name: 'courts of England and Wales', names: [/英格兰和威尔士法院/, /courts of England and Wales/i] },
  { name: 'courts of New South Wales', names: [/新南威尔士州法院/, /courts of New South Wales/i] },
];

export const entityRules: FigureRule[] = entities.map((entity) => ({
  name: entity.name,
  languages: ['zh', 'en'],
  pattern: new RegExp(entity.names.map((name) => name.source).join('|'), 'gi'),
  read: (m) => ({ group: 'entity', key: `entity:${entity.name}`, label: entity.name, text: m[0] }),
}));
