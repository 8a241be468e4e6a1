import type { TimelineVocabulary } from './timeline-phrases';

// 删除时间线的中文用语；各字段的用途见 timeline-phrases.ts。

const zhObjects = /^(?:的|实例|数据|消息|配置|项目|作业|任务|请求)/;

export const chineseTimelines: TimelineVocabulary = {
  segmentBreak: /(?<=[。；;：:])/,
  subClauseBreak: /[，,：:]|并且|并|且|但/,
  period: /(?<value>\d+)\s*个?(?<unit>小时|自然日|日|天)/g,
  anchoredPeriod:
    /(?:(?:自|从)(?<from>[^，；。]{0,20}?)(?:之日|之时|时)?起(?:的|满)?|(?<anchor>欠费|到期|期满|暂停|停止|终止|确认订单)(?:状态)?(?:之日|后|满|超过)?(?:的)?)\s*(?<value>\d+)\s*个?(?<unit>小时|自然日|日|天)/g,
  anchorNouns: /欠费|到期|期满/g,
  anchors: [
    [/欠费/, 'arrears'],
    [/暂停/, 'suspension'],
    [/停止/, 'stop'],
    [/终止/, 'termination'],
    [/到期|期满/, 'expiry'],
    [/订单/, 'order'],
  ],
  atTriggers: [
    [/(?:服务期|服务|实例|项目)?到期(?!前)|服务期届满/g, 'expiry'],
    [/服务(?:期)?停止后/g, 'stop'],
    [/自首次(?:发生)?欠费(?:之)?时/g, 'arrears'],
    [/任务完成之后/g, 'task-completion'],
    [/被成功消费/g, 'consumption'],
    [/最长存储期限/g, 'storage-period'],
    [/缓冲期/g, 'buffer-period'],
  ],
  events: [
    [/暂停|冻结/g, 'suspend'],
    [/停止|(?<!暂)停服/g, 'stop'],
    [/终止/g, 'terminate'],
    [/释放|回收/g, 'release'],
    [/删除|清空|清除|销毁|丢弃/g, 'delete'],
  ],
  objects: [
    [/服务条款|本协议/g, 'agreement'],
    [/部分功能|新建功能|计算服务|下载服务/g, 'functions'],
    [/操作权限|的操作/g, 'operations'],
    [/消息数据|消息/g, 'messages'],
    [/配置信息|配置(?!的)/g, 'configuration'],
    [/数据集成任务|作业|任务|请求/g, 'jobs'],
    [/管控数据|数据|时间序列|任务结果|文件/g, 'data'],
    [/实例/g, 'instance'],
    [/项目/g, 'project'],
    [/资源/g, 'resources'],
    [/服务/g, 'service'],
  ],
  negated: /[不未无][^，。；]{0,3}$/,
  customerActs: /您可以|您可|您仍可|您应|您需|请/,
  notAnEvent: (_verb, before, after) => /提前$/.test(before) || (/被$/.test(before) && zhObjects.test(after)),
  unrecoverable: /不可恢复|无法恢复/,
  coordination: /^[并和及或、]$/,
  alternative: /^或[^，。；]{0,8}$/,
  subjectIs: 'last',
};
