import type { noticeMessages } from '../en/notices';

/** 工位发出的通知（简体中文）。 */
export const noticeMessagesZhCN: Record<keyof typeof noticeMessages, string> = {
  'notice.switched.title': '{stream} 已切换',
  'notice.switched.body': '{to} 正在播出（原为 {from}），云端已确认。',
  'notice.switchFailed.title': '{stream} 切换失败',
  'notice.switchUnknown.title': '{stream} 切换未得到确认',
  'notice.masterChanged.title': '{stream}：{to} 正在播出',
  'notice.masterChanged.body': '原因：{reason}，{by}。',
  'notice.masterLost.title': '{stream}：没有流在播出',
  'notice.masterLost.body': '正在播出的编码器已停止，且没有备流接替。请立即切换到备流。',
  'notice.offAir.title': '{stream} 已停播',
  'notice.offAir.body': '云端的双推流列表中已没有它。',
  'notice.backOnAir.title': '{stream} 已恢复播出',
  'notice.backOnAir.body': '云端的双推流列表中又有它了。',
  'notice.standbyLost.title': '{stream} 没有备流了',
  'notice.standbyLost.body': '只有一路编码器在推流：备流恢复之前无法切换。',
  'notice.standbyBack.title': '{stream} 的备流已恢复',
  'notice.standbyBack.body': '又可以进行主备切换了。',
  'notice.shortcutRefused.title': '快捷键 {accelerator} 未能切换 {stream}',
  'notice.shortcutUnavailable.title': '快捷键 {accelerator} 无法使用',
  'notice.shortcutUnavailable.body': '它已被系统或其他程序占用，无法用它切换 {stream}。请在设置中另选一个。',
};
