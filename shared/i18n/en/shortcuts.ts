/**
 * English messages for switching settings, global shortcuts (the editor in Settings and the badge
 * on a tile), the single-action board and the toasts that show the desk's notifications.
 */
export const shortcutMessages = {
  'board.takeMode.armThenTake': 'Arm, then take: Arm or a tile\'s number key arms a standby; Take or Enter switches to it.',
  'board.takeMode.single': 'Single action: a press takes at once. Take now or a tile\'s number key switches immediately.',
  'board.tile.takeNow': 'Take now',
  'board.tile.shortcut': '{accelerator} fails over',
  'board.tile.shortcutRefused': 'Shortcut {accelerator} does not work: the system or another program holds it. Choose another one in Settings.',
  'board.tile.shortcutClashApp': 'Shortcut {accelerator} does not work: it is one of this app\'s own keys. Choose another one in Settings.',
  'board.tile.shortcutClashTile': 'Shortcut {accelerator} does not work: {stream} uses it too. Choose another one in Settings.',
  'board.tile.shortcutClash': 'Shortcut {accelerator} does not work: another shortcut uses it. Choose another one in Settings.',

  'settings.switching': 'Switching',
  'settings.takeMode': 'How a switch is made',
  'settings.takeMode.armThenTake': 'Arm, then take',
  'settings.takeMode.armThenTakeHint': 'Two actions: arm a standby, check it, then take it. The safe default.',
  'settings.takeMode.single': 'Single action',
  'settings.takeMode.singleHint': 'One press on a standby or a tile\'s number key takes it at once, without a second look.',

  'shortcuts.heading': 'Global shortcuts',
  'shortcuts.intro': 'A global shortcut fails its stream over to the standby in one press, even while another program has focus. It needs Ctrl, Alt or Super, and is released when the app quits.',
  'shortcuts.loading': 'Loading shortcuts…',
  'shortcuts.empty': 'No stream is pinned on the Alibaba Cloud board. Pin streams on the Failover view, then give them shortcuts here.',
  'shortcuts.column.stream': 'Stream',
  'shortcuts.column.binding': 'Shortcut',
  'shortcuts.column.state': 'State',
  'shortcuts.column.actions': 'Actions',
  'shortcuts.none': 'None',
  'shortcuts.state.active': 'Active',
  'shortcuts.state.refused': 'Refused by the system',
  'shortcuts.state.clashApp': 'Clashes with this app\'s own keys',
  'shortcuts.state.clashTile': 'Clashes with {stream}',
  'shortcuts.state.clash': 'Clashes with another shortcut',
  'shortcuts.state.inactive': 'Inactive: the stream is not pinned',
  'shortcuts.record': 'Record',
  'shortcuts.recordLabel': 'Record a shortcut for {stream}',
  'shortcuts.recording': 'Press the keys… (Escape cancels)',
  'shortcuts.clear': 'Clear',
  'shortcuts.clearLabel': 'Clear the shortcut of {stream}',
  'shortcuts.remove': 'Remove',
  'shortcuts.removeLabel': 'Remove the shortcut of {stream}',
  'shortcuts.saving': 'Saving…',

  'toasts.label': 'Notifications',
  'toasts.dismissLabel': 'Dismiss: {title}',
  'toasts.more': '{count} more notifications',
} as const;
