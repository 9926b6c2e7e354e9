/**
 * Notifications the desk raises (an OS notification in the app, a toast in the harness): every
 * switch it sent, every change the board saw that it did not make, and shortcuts that could not act.
 */
export const noticeMessages = {
  'notice.switched.title': 'Switched {stream}',
  'notice.switched.body': '{to} is on air (was {from}); the cloud confirmed it.',
  'notice.switchFailed.title': 'Switch of {stream} failed',
  'notice.switchUnknown.title': 'Switch of {stream} not confirmed',
  'notice.masterChanged.title': '{stream}: {to} is on air',
  'notice.masterChanged.body': '{reason}, {by}.',
  'notice.masterLost.title': '{stream}: nothing is on air',
  'notice.masterLost.body': 'The encoder on air stopped and no standby took over. Switch to a standby now.',
  'notice.offAir.title': '{stream} is off the air',
  'notice.offAir.body': 'The cloud no longer lists it among the dual-ingest streams.',
  'notice.backOnAir.title': '{stream} is back on the air',
  'notice.backOnAir.body': 'The cloud lists it again among the dual-ingest streams.',
  'notice.standbyLost.title': '{stream} has no standby',
  'notice.standbyLost.body': 'Only one encoder is pushing: no failover is possible until a standby is back.',
  'notice.standbyBack.title': '{stream} has a standby again',
  'notice.standbyBack.body': 'A failover is possible again.',
  'notice.shortcutRefused.title': 'Shortcut {accelerator} did not switch {stream}',
  'notice.shortcutUnavailable.title': 'Shortcut {accelerator} does not work',
  'notice.shortcutUnavailable.body': 'The system or another program holds it, so it cannot fail {stream} over. Choose another one in Settings.',
} as const;
