/**
 * English messages for the Settings that shape how the desk watches its streams — polling interval
 * against the rate budget, which notifications show — and the time zone its screens show times in.
 */
export const settingsMessages = {
  'settings.watching': 'Watching streams',
  'settings.polling': 'Board reads every',
  'settings.polling.seconds': '{seconds} s',
  'settings.polling.none': 'The board has read nothing yet: it reads once it is shown with streams pinned.',
  'settings.polling.use': 'Each read of the board is {reads} call(s) of {action}: {share}% of the {count} per {window} it allows.',
  'settings.polling.stretched': 'Reading every {interval} instead: {reads} call(s) of {action} every {requested} would take more than half of the {count} per {window} it allows, and the rest is kept for switches and other desks.',
  'settings.polling.window.second': 'second',
  'settings.polling.window.minute': 'minute',
  'settings.notifications': 'Notifications',
  'settings.notifications.switchConfirmed': 'A switch from this desk is confirmed',
  'settings.notifications.changedElsewhere': 'The stream on air changed without this desk (another desk, the console, automatic mode)',
  'settings.notifications.onAir': 'A stream or its master goes off the air, or comes back',
  'settings.notifications.standby': 'A standby is lost, or comes back',
  'settings.notifications.always': 'Always shown: a switch that failed or was not confirmed, and a shortcut that could not switch. Every one of these is in the journal whatever is chosen here.',
  'settings.timeZone': 'Time zone shown',
  'settings.timeZone.system': 'This workstation’s ({zone})',
  'settings.timeZone.utc': 'UTC',
  'settings.timeZone.now': 'Now {time} in this zone ({utc} UTC).',
  'settings.timeZone.hint': 'Times on every screen are shown in this zone, with UTC on hover or beside them. Times you type (relay task windows, the journal’s range) are read in it too. lcr prints in the terminal’s zone.',
} as const;
