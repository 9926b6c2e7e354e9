import type { ErrorCode } from '../errors/error-codes';
import { boardMessages } from './en/board';
import { cliMessages } from './en/cli';
import { cliDiagnosticsMessages } from './en/cli-diagnostics';
import { cliJournalMessages } from './en/cli-journal';
import { cliRelayMessages } from './en/cli-relays';
import { cliSetupMessages } from './en/cli-setup';
import { cloudErrorMessages } from './en/cloud-errors';
import { deskSetupMessages } from './en/desk-setup';
import { errorMessages } from './en/errors';
import { journalMessages } from './en/journal';
import { noticeMessages } from './en/notices';
import { profileMessages } from './en/profiles';
import { rehearsalMessages } from './en/rehearsal';
import { relayMessages } from './en/relays';
import { settingsMessages } from './en/settings';
import { shellMessages } from './en/shell';
import { shortcutMessages } from './en/shortcuts';
import { studioMessages } from './en/studios';

/**
 * English catalogue, assembled from one file per area (`en/*.ts`). English defines the message
 * keys: zh-CN must provide exactly the same keys with the same `{placeholders}`. Every error code has
 * its `error.<code>` message (checked by the compiler).
 */
export const en = {
  ...shellMessages,
  ...profileMessages,
  ...rehearsalMessages,
  ...boardMessages,
  ...studioMessages,
  ...relayMessages,
  ...noticeMessages,
  ...shortcutMessages,
  ...settingsMessages,
  ...deskSetupMessages,
  ...journalMessages,
  ...errorMessages,
  ...cloudErrorMessages,
  ...cliMessages,
  ...cliRelayMessages,
  ...cliJournalMessages,
  ...cliDiagnosticsMessages,
  ...cliSetupMessages,
} as const satisfies Record<`error.${ErrorCode}`, string>;

/** Every message key. */
export type MessageKey = keyof typeof en;
