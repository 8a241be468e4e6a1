import type { LanguageRules, Rule } from './rules';

// 中文规则。"…"：同一分句内（不跨逗号）的若干字；"……"：同一句内任意位置；{甲|乙}：任选其一。

const liability: Rule[] = [
  {
    name: 'not-liable',
    tag: 'liability',
    note: '服务方声明不承担责任、不负责或与其无关：“阿里云均不对任何间接性……损害……承担责任”“概不负责”。',
    phrases: [
      '不承担{任何|}{法律|}责任',
      '不{对|就|会对}……承担{任何|}{的|}{法律|担保|}责任',
      '不负责',
      '不对……负责',
      '与{provider}无关',
      '并非{provider}的责任',
    ],
    example: '由此造成不可挽回的损失概不负责。',
  },
  {
    name: 'not-a-breach',
    tag: 'liability',
    note: '某种情形被约定为不属于服务方违约，或不计入服务不可用（服务等级协议的免责情形）：“下述情况不属于阿里云违约”“以下所列情形亦不应被计入服务不可用”。',
    phrases: [
      '不{被|}{视为|属于|构成}违约',
      '不{被|}{视为|属于|构成}{provider}违约',
      '不{应|}{被|}计入{服务|}不可用',
      '不可用{时间|}不{包含|包括}',
    ],
    example: '以下所列情形亦不应被计入服务不可用：',
  },
  {
    name: 'caps-liability',
    tag: 'liability',
    note: '阿里云的赔偿责任设有上限：“损失赔偿责任不超过……服务费用的总和”。',
    phrases: ['责任……{不超过|限于|为限}', '总额上限'],
    unless: ['但不限于'],
    example: '阿里云的损失赔偿责任不超过您已支付的服务费用总额。',
  },
  {
    name: 'disclaims-warranty',
    tag: 'liability',
    note: '否认、排除保证，或按“现状”提供：“不作任何陈述或保证”“无法保证”。',
    phrases: [
      '“现状”',
      '按现状',
      '不提供任何…{保证|担保}',
      '否认……保证',
      '{不作|不做}任何{陈述或|}{保证|担保}',
      '不做保证',
      '{无法|不能}保证',
      '不保证',
      '不陈述或保证',
      '{provider}{特此|}排除',
    ],
    example: '阿里云不保证服务不会中断。',
  },
  {
    name: 'to-the-extent-permitted',
    tag: 'liability',
    note: '免责条款的标志用语：“在适用法律允许的最大范围内”。',
    phrases: ['在{适用|}法律允许的{最大范围内|情况下}'],
    example: '在适用法律允许的最大范围内，阿里云不承担任何间接损失。',
  },
  {
    name: 'force-majeure',
    tag: 'liability',
    note: '不可抗力或服务方控制范围以外的原因免除履行。',
    phrases: ['不可抗力', '{非|超出}{provider}…控制', '{provider}无法控制'],
    example: '因不可抗力导致的服务中断，阿里云不承担责任。',
  },
  {
    name: 'customer-indemnifies',
    tag: 'liability',
    note: '由客户赔偿服务方、保证服务方免责或使其免受损害。',
    phrases: [
      '{customer}{应|将|需|须}……{赔偿|补偿}',
      '要求{customer}…{赔偿|补偿}',
      '{赔偿|补偿}{provider}',
      '保证{provider}免责',
      '使其免受损害',
      '使{provider}免受损害',
    ],
    unless: ['向{customer}赔偿', '赔偿{customer}'],
    example: '因此导致本公司受损的，您应承担赔偿责任。',
  },
  {
    name: 'customer-bears',
    tag: 'liability',
    note: '损失、后果、风险或责任由您承担：“由此引起的损失和后果均由您承担”“风险由您自行承担”。',
    phrases: [
      '由{customer}{自行|}{承担|负责}',
      '{customer}{应|将|需|须|完全}…承担…{损失|后果|责任|风险|结果}',
      '独立对…承担…责任',
      '{customer}…{独自|自行}负责',
      '{customer}{仍需|需}对…负责',
    ],
    unless: ['追究'],
    example: '由此引起的损失和后果均由您承担。',
  },
  {
    name: 'limited-responsibility',
    tag: 'liability',
    note: '服务方只对部分内容负责，或只提供由客户自行决定是否采纳的技术建议。',
    phrases: ['{provider}仅负责', '仅对……负责', '仅仅是……技术建议', '均以……范围为限'],
    example: '仅对本服务条款中列明的责任承担范围负责。',
  },
  {
    name: 'limits-claims',
    tag: 'liability',
    note: '您的索赔被排除、限期或免除。',
    phrases: ['进一步或其他索赔', '一（1）年内提出', '无权获得…补偿额度', '解除和免除', '唯一{的|}救济'],
    example: '该补偿是您唯一的救济。',
  },
];

const deletion: Rule[] = [
  {
    name: 'deletes-data',
    tag: 'deletion',
    note: '服务方删除、清空、清除、销毁、释放、丢弃、回收或移除客户的数据、消息、实例、配置或账号（客户自己删除的不算）。',
    phrases: [
      '{将|会|被|有权|立即|自动|并|直至|予以}…{删除|清空|清除|销毁|释放|丢弃|回收}',
      '{被|将其}移除',
      '{删除|清空|清除|销毁|释放|丢弃|回收|移除}…{数据|内容|信息|消息|实例|配置|项目|时间序列|资源|结果|文件|账号}',
    ],
    unless: ['释放前'],
    notByCustomer: true,
    example: '天翼云有权立即释放客户的资源，并删除相关数据。',
  },
  {
    name: 'unrecoverable',
    tag: 'deletion',
    note: '数据一经删除即不可恢复。',
    phrases: ['{不可|无法}{恢复|找回}', '不得…要求恢复'],
    example: '数据将被删除且无法恢复。',
  },
  {
    name: 'no-retention',
    tag: 'deletion',
    note: '服务方不保留数据副本，或只在一段保留期内保留（期满即删除）。',
    phrases: ['不再保留', '没有继续保留', '{没有|无}义务…保留', '保留期{时长|届满|结束|满}'],
    example: '包周期服务到期后，保留期时长将根据“客户等级”定义。',
  },
  {
    name: 'backup-warning',
    tag: 'deletion',
    note: '服务方不负责存储，客户须自行备份或迁出数据。',
    phrases: [
      '备份',
      '不负责…存储',
      '存储数据的空间',
      '迁出',
      '数据迁移',
      '迁移数据',
      '自行导出',
      '导出…数据',
    ],
    unless: ['{provider}{每日|定期|将}…备份'],
    example: '请定期备份重要的数据。',
  },
];

export const chineseRules: LanguageRules = {
  rules: [...liability, ...deletion],
  customerActs: ['您可以', '您可', '您应', '您需', '如您', '请'],
  clauseBreak: /[，。；：,;:]/,
  leadIn: /[:：]\s*$/,
};
