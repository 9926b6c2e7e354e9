import type { ErrorCode } from '../errors/error-codes';

/**
 * English catalogue. This file defines the message keys: zh-CN must provide exactly the same keys
 * with the same `{placeholders}`. Every `error.<code>` must exist (checked by the compiler).
 */
export const en = {
  'app.name': 'Live Control Room',

  'nav.label': 'Views',
  'view.failover': 'Failover',
  'view.studios': 'Studios',
  'view.relays': 'Relay groups',
  'view.profiles': 'Profiles',
  'view.journal': 'Journal',
  'view.settings': 'Settings',
  'view.failover.summary': 'Switch a live stream between its active and standby ingest with one click or one key, and see what the cloud confirmed.',
  'view.studios.summary': 'Create, start and direct production studios on both clouds.',
  'view.relays.summary': 'Manage pull-to-push relay groups and their relay tasks.',
  'view.profiles.summary': 'Keep cloud access keys as named profiles in the system keychain.',
  'view.journal.summary': 'Answer who switched what, and when, from the activity journal.',
  'empty.notAvailable': 'Not available in this version yet',

  'status.label': 'Status',
  'status.noActiveProfile': 'No active profile',
  'status.services': 'Services',
  'provider.aliyun': 'Alibaba Cloud',
  'provider.volcengine': 'Volcengine',
  'link.unknown': 'Connecting…',
  'link.connected': 'Connected',
  'link.unreachable': 'Unreachable',

  'language.system': 'Follow the system',
  'language.zh-CN': 'Chinese, Simplified (简体中文)',
  'language.en': 'English',
  'settings.language': 'Language',
  'settings.languageHint': 'Following the system uses the first system language the app has text for, otherwise English.',
  'settings.saving': 'Saving…',
  'settings.loading': 'Loading settings…',
  'about.heading': 'About',
  'about.loading': 'Loading…',
  'about.version': 'Version',
  'about.host': 'Running as',
  'host.electron': 'Desktop app',
  'host.harness': 'Browser harness',
  'about.platform': 'Platform',
  'about.runtimes': 'Runtimes',
  'about.runtimeUnused': 'not in use',
  'about.dataDir': 'Data folder',
  'alert.dismiss': 'Dismiss',

  'error.ipc.untrustedSender': 'This window is not allowed to control Live Control Room.',
  'error.ipc.unknownChannel': 'The request "{channel}" is not part of this version of the app.',
  'error.ipc.invalidRequest': 'The request "{channel}" was malformed and was not carried out.',
  'error.ipc.invalidResponse': 'The app answered "{channel}" with data it could not read.',
  'error.ipc.unreachable': 'The app\'s background services did not answer "{channel}". Nothing was changed; try again.',
  'error.settings.unreadable': 'The settings file could not be read; defaults are in use.',
  'error.settings.unwritable': 'The settings could not be saved to the data folder.',
  'error.internal': 'Something unexpected went wrong. Nothing else was changed; please report it with the diagnostics.',
} as const satisfies Record<`error.${ErrorCode}`, string> & Record<string, string>;

/** Every message key. */
export type MessageKey = keyof typeof en;
