import type { TimelineVocabulary } from './timeline-phrases';

// English words of deletion timelines; what each field is for is documented in timeline-phrases.ts.

const enObjects = /^\s*(?:data|instances?|messages?|configuration|project|jobs?|tasks?|requests?|files?)\b/i;
export const englishTimelines: TimelineVocabulary = {
  segmentBreak: /(?<=[.;:])\s+/,
  subClauseBreak: /,|\band\b|\bbut\b|\bwhile\b/i,
  preClean: /\b(?:upon|on)\s+(?:the\s+)?expiry\s+of\s+(?:the\s+)?(?=\d)/gi,
  period: /(?<value>\d+)(?:-|\s+)(?:full\s+)?(?:calendar\s+)?(?<unit>hours?|days?)\b/gi,
  anchoredPeriod:
    /(?<value>\d+)(?:-|\s+)(?:full\s+)?(?:calendar\s+)?(?<unit>hours?|days?)(?:\s+time limit)?\s+(?:from|after|of|as of|following)\b[^,;]{0,40}?\b(?<anchor>arrears|overdue|late payment|suspen\w*|stop\w*|terminat\w*|expir\w*|order)/gi,
  anchorNouns: /\b(?:arrears|overdue|late payment|expiry|expires|expired)\b/gi,
  anchors: [
    [/arrears|overdue|late payment/i, 'arrears'],
    [/suspen/i, 'suspension'],
    [/stop/i, 'stop'],
    [/terminat/i, 'termination'],
    [/expir/i, 'expiry'],
    [/order/i, 'order'],
  ],
  atTriggers: [
    [
      /\b(?:upon|on|at) (?:its )?expiry\b|\b(?:after|when) (?:the |your |a )?(?:\w+ ){0,2}expires\b|\bif the service expires\b/gi,
      'expiry',
    ],
    [/\bafter the service is stopped\b/gi, 'stop'],
    [/\bfrom the time (?:the )?arrears first occur\b/gi, 'arrears'],
    [/\btasks? (?:is|are) completed\b/gi, 'task-completion'],
    [/\bsuccessfully consumed\b/gi, 'consumption'],
    [/\blongest storage period\b/gi, 'storage-period'],
    [/\bbuffer period\b/gi, 'buffer-period'],
  ],
  events: [
    [/\b(?:suspend(?:s|ed|ing)?|freeze|freezes|frozen)\b/gi, 'suspend'],
    [/\b(?:stop|stops|stopped|stopping)\b/gi, 'stop'],
    [/\bterminat(?:e|es|ed|ing)\b/gi, 'terminate'],
    [/\b(?:release|releases|released|reclaim)\b/gi, 'release'],
    [/\b(?:delete[sd]?|clear(?:s|ed)?|destroy(?:s|ed)?|discard(?:s|ed)?)\b/gi, 'delete'],
  ],
  objects: [
    [/\bterms of service\b|\bthis agreement\b/gi, 'agreement'],
    [
      /\bsome of the functions\b|\bcreation functions\b|\bcomputing service\b|\bdownload service\b/gi,
      'functions',
    ],
    [/\boperation permissions\b|\boperations\b/gi, 'operations'],
    [/\bmessage data\b|\bmessages\b/gi, 'messages'],
    [/\bconfiguration(?: information)?\b/gi, 'configuration'],
    [/\bdata integration tasks\b|\bjobs\b|\btasks\b|\brequests\b/gi, 'jobs'],
    [/\bmanagement and control data\b|\bdata\b|\btime series\b|\btask results\b|\bfiles\b/gi, 'data'],
    [/\binstances?\b/gi, 'instance'],
    [/\bproject\b/gi, 'project'],
    [/\bresources\b/gi, 'resources'],
    [/\bData Lake Analytics service\b|\bservices?\b|\bMNS\b/gi, 'service'],
  ],
  negated: /\b(?:not|no longer|never)(?:\s+\w+){0,2}\s*$/i,
  customerActs: /\b(?:you may|you can|you shall|you must|please)\b/i,
  notAnEvent: (verb, before, after) =>
    /^\s+(?:off|early)\b/i.test(after) ||
    (/(?:ed|en)$/i.test(verb) && (/\b(?:the|a|an|its|your|any)\s+$/i.test(before) || enObjects.test(after))),
  unrecoverable:
    /\bunrecoverable\b|\bcannot be recovered\b|\bcan never be recovered\b|\bnor its data can be recovered\b/i,
  coordination: /^\s*(?:and|or|,)\s*$/i,
  alternative: /^\s*or(?:\s+\w+){0,2}\s*$/i,
  subjectIs: 'first',
};
