import type { MessageKey } from './en';
import { boardMessagesZhCN } from './zh-CN/board';
import { cliMessagesZhCN } from './zh-CN/cli';
import { cliDiagnosticsMessagesZhCN } from './zh-CN/cli-diagnostics';
import { cliJournalMessagesZhCN } from './zh-CN/cli-journal';
import { cliRelayMessagesZhCN } from './zh-CN/cli-relays';
import { cliSetupMessagesZhCN } from './zh-CN/cli-setup';
import { cloudErrorMessagesZhCN } from './zh-CN/cloud-errors';
import { errorMessagesZhCN } from './zh-CN/errors';
import { journalMessagesZhCN } from './zh-CN/journal';
import { noticeMessagesZhCN } from './zh-CN/notices';
import { profileMessagesZhCN } from './zh-CN/profiles';
import { rehearsalMessagesZhCN } from './zh-CN/rehearsal';
import { relayMessagesZhCN } from './zh-CN/relays';
import { shellMessagesZhCN } from './zh-CN/shell';
import { deskSetupMessagesZhCN } from './zh-CN/desk-setup';
import { settingsMessagesZhCN } from './zh-CN/settings';
import { shortcutMessagesZhCN } from './zh-CN/shortcuts';
import { studioMessagesZhCN } from './zh-CN/studios';

/** Simplified Chinese catalogue, one file per area (`zh-CN/*.ts`), mirroring the English one. */
export const zhCN: Record<MessageKey, string> = {
  ...shellMessagesZhCN,
  ...profileMessagesZhCN,
  ...rehearsalMessagesZhCN,
  ...boardMessagesZhCN,
  ...studioMessagesZhCN,
  ...relayMessagesZhCN,
  ...noticeMessagesZhCN,
  ...shortcutMessagesZhCN,
  ...settingsMessagesZhCN,
  ...deskSetupMessagesZhCN,
  ...journalMessagesZhCN,
  ...errorMessagesZhCN,
  ...cloudErrorMessagesZhCN,
  ...cliMessagesZhCN,
  ...cliRelayMessagesZhCN,
  ...cliJournalMessagesZhCN,
  ...cliDiagnosticsMessagesZhCN,
  ...cliSetupMessagesZhCN,
};
