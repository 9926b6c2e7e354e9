import type { settingsMessages } from '../en/settings';

/** 设置中决定本工作台如何监看流的部分（轮询间隔与调用配额、显示哪些通知）以及界面显示时间所用的时区（简体中文）。 */
export const settingsMessagesZhCN: Record<keyof typeof settingsMessages, string> = {
  'settings.watching': '监看流',
  'settings.polling': '面板读取间隔',
  'settings.polling.seconds': '{seconds} 秒',
  'settings.polling.none': '面板尚未读取：在面板显示且已固定流之后才开始读取。',
  'settings.polling.use': '面板每次读取调用 {reads} 次 {action}：占其每{window} {count} 次配额的 {share}%。',
  'settings.polling.stretched': '实际每 {interval} 读取一次：每 {requested} 调用 {reads} 次 {action} 会超过其每{window} {count} 次配额的一半，其余配额留给切换和其他工作台。',
  'settings.polling.window.second': '秒',
  'settings.polling.window.minute': '分钟',
  'settings.notifications': '通知',
  'settings.notifications.switchConfirmed': '本工作台的切换已确认',
  'settings.notifications.changedElsewhere': '正在播出的流在本工作台之外被切换（其他工作台、控制台、自动模式）',
  'settings.notifications.onAir': '流或其主流停播，或恢复播出',
  'settings.notifications.standby': '备流丢失，或恢复',
  'settings.notifications.always': '始终显示：失败或未确认的切换，以及未能切换的快捷键。无论此处如何选择，这些事件都会记入日志。',
  'settings.timeZone': '显示时区',
  'settings.timeZone.system': '本工作站时区（{zone}）',
  'settings.timeZone.utc': 'UTC（协调世界时）',
  'settings.timeZone.now': '此时区现在是 {time}（UTC {utc}）。',
  'settings.timeZone.hint': '所有界面的时间都按此时区显示，悬停或旁边显示 UTC。输入的时间（转推任务时间窗、日志的时间范围）也按此时区解读。lcr 按终端的时区输出。',
} as const;
