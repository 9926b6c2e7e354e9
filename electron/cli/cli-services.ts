import type { ChannelName, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { AppErrorException } from '../../shared/errors/app-error';
import type { CloudClient, Signer } from '../cloud/cloud-client';
import { createProfileSigner } from '../cloud/profile-signer';
import { composeServices } from '../compose';
import type { SecretVault } from '../credentials/secret-vault';
import { resolveDataDir } from '../data-dir';
import { createDispatch } from '../ipc/dispatch';
import type { Sender } from '../ipc/handlers';
import { createLogger, type LogSink } from '../log';
import { silentNotifier } from '../notify/notifier';
import { noSaveDialog } from '../files/save-dialog';
import type { SettingsStore } from '../settings/settings-store';
import { noGlobalShortcuts } from '../shortcuts/global-shortcuts';
import { posixMessageLocales } from './cli-locale';

/** One contract call: the channel's validated answer, or the AppErrorException it failed with. */
export type Call = <C extends ChannelName>(channel: C, request: RequestOf<C>) => Promise<ResponseOf<C>>;

/**
 * The cloud as `lcr call` reaches it: the process's one client (the same transport, limiter and
 * journal as every call the app makes) and the client's own way of resolving a profile's secrets,
 * for the one thing that must sign without sending — `--print-curl`.
 */
export interface CliCloud {
  client: CloudClient;
  signer: Signer;
}

/** The services one `lcr` run uses; `close()` releases the cloud's keep-alive connections. */
export interface CliServices {
  call: Call;
  cloud: CliCloud;
  close(): Promise<void>;
}

/** What the command line's services are built from: the process's facts and the keychain. */
export interface CliServiceInputs {
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  platform: NodeJS.Platform;
  version: string;
  /** The keychain (keytar under Node) and the settings storage (conf), as the app's main injects its own. */
  vault: (log: LogSink) => SecretVault;
  openSettingsStore(dataDir: string): SettingsStore;
  logSink: LogSink;
}

// The identity dispatch trusts: this object, not a URL, so nothing else can present it.
const cliSender: Sender = { url: 'lcr:' };

/**
 * The app's own services on the shared data folder, reached through `dispatch` exactly as the
 * window reaches them: every request is checked against the contract's schema and every answer
 * too, and failures come back as the same typed errors. Calling the services directly would skip
 * the checks the UI gets, and `lcr` would drift from the app one unchecked field at a time.
 */
export function openCliServices(inputs: CliServiceInputs): CliServices {
  const dataDir = resolveDataDir({ env: inputs.env, platform: inputs.platform, home: inputs.home });
  const vault = inputs.vault(inputs.logSink);
  const services = composeServices({
    host: 'cli',
    version: inputs.version,
    dataDir,
    platform: inputs.platform,
    versions: process.versions,
    systemLocales: posixMessageLocales(inputs.env),
    openSettingsStore: inputs.openSettingsStore,
    vault,
    home: inputs.home,
    env: inputs.env,
    notifier: silentNotifier,
    saveDialog: noSaveDialog,
    globalShortcuts: noGlobalShortcuts,
    logSink: inputs.logSink,
  });
  const dispatch = createDispatch({
    handlers: services.handlers,
    isTrustedSender: (sender) => sender === cliSender,
    log: createLogger('ipc', inputs.logSink),
  });
  const call: Call = async (channel, request) => {
    const result = await dispatch(channel, request, cliSender);
    if (!result.ok) throw new AppErrorException(result.error);
    return result.value as ResponseOf<typeof channel>;
  };
  return { call, cloud: { client: services.cloud.client, signer: createProfileSigner(services.profiles, vault, services.cloud.rehearsal) }, close: () => services.close() };
}
