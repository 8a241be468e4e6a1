import type { LanguageRules, Rule } from './rules';

// English rules. "…" is a few words, "……" anywhere later in the same sentence; {a|b} is a choice.

const liability: Rule[] = [
  {
    name: 'not-liable',
    tag: 'liability',
    note: 'Alibaba Cloud says it is not liable or not responsible, or bears no liability: "Alibaba Cloud shall not be liable for any indirect … damages".',
    phrases: [
      '{shall|will|is|are|be} not {be |}{held |}{liable|responsible}',
      '{shall|will|does} not {bear|assume|take} any … {liability|responsibility}',
      'shall not … take responsibility',
      '{accepts|accept|has|have|bears|bear} no {liability|responsibility}',
      '{in no event|in no case|under no circumstances|under no conditions} shall …… {be liable|be held liable|exceed}',
      'not the responsibility of Alibaba Cloud',
    ],
  },
  {
    name: 'not-a-breach',
    tag: 'liability',
    note: 'Something is declared not to be a breach or default by Alibaba Cloud: "shall not be deemed as Alibaba Cloud\'s default".',
    phrases: ['not {be |}{deemed|considered|constitute} … {breach|default|violation|violations}'],
  },
  {
    name: 'caps-liability',
    tag: 'liability',
    note: 'Alibaba Cloud\'s liability is capped: "liability … shall not exceed the total service fees".',
    phrases: ['liability …… {exceed|be limited to|is limited to|capped}'],
  },
  {
    name: 'disclaims-warranty',
    tag: 'liability',
    note: 'Warranties are disclaimed or excluded, or the service is given "as is": "makes no representations or warranties", "cannot guarantee".',
    phrases: [
      '"as is"',
      '"with all faults"',
      'disclaims … {warranty|warranties}',
      'makes no {representations or |}{warranty|warranties|guarantee}',
      'no warranty',
      'excludes … {warranty|warranties|liability}',
      '{cannot|can not|does not|do not} guarantee',
      'does not represent or warrant',
      '{does not|do not} warrant',
      'without warranty',
    ],
  },
  {
    name: 'to-the-extent-permitted',
    tag: 'liability',
    note: 'The hallmark of exclusion clauses: "to the maximum extent permitted by applicable law".',
    phrases: ['to the {maximum |fullest |}extent permitted'],
  },
  {
    name: 'force-majeure',
    tag: 'liability',
    note: "Force majeure, or causes beyond Alibaba Cloud's control, excuse performance.",
    phrases: ['force majeure', 'beyond … control'],
  },
  {
    name: 'customer-indemnifies',
    tag: 'liability',
    note: 'The customer indemnifies, holds harmless or compensates Alibaba Cloud.',
    phrases: [
      'indemnify Alibaba Cloud',
      'hold harmless Alibaba Cloud',
      'hold Alibaba Cloud …… harmless',
      '{compensate|reimburse} Alibaba Cloud',
      'compensate the actual losses of Alibaba Cloud',
      'compensate for the losses caused to Alibaba Cloud',
    ],
  },
  {
    name: 'customer-bears',
    tag: 'liability',
    note: 'Losses, consequences, risks or liability are put on the customer: "you shall bear all losses and consequences", "at your own risk".',
    phrases: [
      '{you|the customer} …… {bear|bears|assume|assumes|assuming} … {loss|losses|consequences|liability|responsibility|responsibilities|risk|risks}',
      'you …… take {full |}responsibility',
      'borne by you',
      'at your own risk',
      'you {are|shall be|will be} {solely|fully} {responsible|liable}',
      'you shall be liable for',
      'you {are|shall be|will be|remain} {solely |fully |}responsible for {any|all} {the |}{consequences|losses|damages|damage}',
    ],
  },
  {
    name: 'limited-responsibility',
    tag: 'liability',
    note: 'Alibaba Cloud answers only for part of the service, or only gives advice the customer adopts at its own responsibility.',
    phrases: ['responsible {only for|for only}', 'merely technical {advice|recommendations}'],
  },
  {
    name: 'limits-claims',
    tag: 'liability',
    note: "The customer's claims are barred, time-limited or released.",
    phrases: [
      'no further or other claims',
      'must be filed within one (1) year',
      'not be entitled to any service credits',
      'released and discharged',
      'sole {and exclusive |}remedy',
    ],
  },
];

const deletion: Rule[] = [
  {
    name: 'deletes-data',
    tag: 'deletion',
    note: "Alibaba Cloud deletes, releases, clears, destroys or removes the customer's data, content, messages, instances or configuration (not when the customer is the one deleting).",
    phrases: [
      '{delete|deletes|deleting|deletion of|release|releases|clear|clears|clearing|destroy|destroys|discard|remove|reclaim|erase|purge|wipe} … {data|content|contents|messages|information|instance|instances|project|configuration|time series|resources|results|files|snapshots|backups|accounts|logs}',
    ],
    notByCustomer: true,
  },
  {
    name: 'will-be-deleted',
    tag: 'deletion',
    note: 'Something of the customer\'s "will be deleted / released / cleared / destroyed / discarded".',
    phrases: [
      '{will|shall|would} … be {deleted|released|cleared|destroyed|discarded|erased|purged|wiped}',
      '{is|are} {permanently |}{deleted|erased|purged|wiped|destroyed}',
      '{automatically|permanently} {deleted|destroyed|erased|purged|removed|released}',
    ],
    unless: ['released and discharged', 'released from'],
  },
  {
    name: 'unrecoverable',
    tag: 'deletion',
    note: 'Data that is gone cannot be recovered.',
    phrases: [
      'unrecoverable',
      'irrecoverable',
      '{cannot|can not|can never} be {recovered|restored|retrieved}',
      'nor its data can be recovered',
    ],
  },
  {
    name: 'no-retention',
    tag: 'deletion',
    note: 'Alibaba Cloud keeps no copy of the data.',
    phrases: [
      'no longer retain',
      'no obligation to {continue to |}{retain|keep}',
      'not obliged to {retain|keep}',
      '{does not|do not|will not} {keep|retain} {a|any} {copy|copies}',
    ],
  },
  {
    name: 'backup-warning',
    tag: 'deletion',
    note: 'Alibaba Cloud does not store the data, so the customer must back it up or migrate it out.',
    phrases: [
      'back {them |it |}up',
      'backing up',
      '{backup|backups}',
      'not responsible for storing',
      'space for storing',
      '{migrate|migrating} … out',
      '{migrate|migrating} {your |}data',
      '{export|exporting} {any |all |your |}data',
    ],
    unless: ['Alibaba Cloud will back up', 'Alibaba Cloud backs up'],
  },
];

export const englishRules: LanguageRules = {
  rules: [...liability, ...deletion],
  customerActs: [
    'you may',
    'you can',
    'you shall',
    'you must',
    'you need',
    'if you',
    'reminds you',
    'please',
  ],
  clauseBreak: /[,.;:]/,
  leadIn: /:\s*$/,
};
