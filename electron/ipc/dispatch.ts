import { channels, isChannelName } from '../../shared/contract/channels';
import type { IpcResult } from '../../shared/contract/result';
import { appError, toAppError } from '../../shared/errors/app-error';
import type { Logger } from '../log';
import type { Handlers, Sender } from './handlers';

/** Answers one request from a renderer. Never rejects: every failure is an `{ ok: false }` result. */
export type Dispatch = (channel: string, payload: unknown, sender: Sender) => Promise<IpcResult<unknown>>;

/** What dispatch needs: the handlers, who may call them, and where to report bugs. */
export interface DispatchDeps {
  handlers: Handlers;
  isTrustedSender(sender: Sender): boolean;
  log: Logger;
}

/** Short, secret-free description of a validation failure: paths and messages, never values. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(request)'}: ${i.message}`)
    .join('; ');
}

/**
 * The single entry point for IPC, shared by Electron's `ipcMain.handle` and the harness's HTTP
 * server, so the checks the tests exercise are exactly the checks the app runs: trusted sender,
 * known channel, request schema, handler, response schema — in that order, with typed errors.
 */
export function createDispatch({ handlers, isTrustedSender, log }: DispatchDeps): Dispatch {
  return async (channel, payload, sender) => {
    try {
      if (!isTrustedSender(sender)) {
        log.warn(`refused ${String(channel).slice(0, 80)} from untrusted sender`);
        return { ok: false, error: appError('ipc.untrustedSender') };
      }
      if (!isChannelName(channel)) {
        return { ok: false, error: appError('ipc.unknownChannel', { channel: String(channel).slice(0, 80) }) };
      }
      const request = channels[channel].request.safeParse(payload);
      if (!request.success) {
        return {
          ok: false,
          error: appError('ipc.invalidRequest', { channel }, { hint: describeIssues(request.error.issues) }),
        };
      }
      const handler = handlers[channel] as (request: unknown, sender: Sender) => unknown;
      const value = await handler(request.data, sender);
      const response = channels[channel].response.safeParse(value);
      if (!response.success) {
        log.error(`${channel} answered outside the contract: ${describeIssues(response.error.issues)}`);
        return { ok: false, error: appError('ipc.invalidResponse', { channel }) };
      }
      return { ok: true, value: response.data };
    } catch (thrown) {
      const error = toAppError(thrown);
      if (error.code === 'internal') log.error(`${String(channel)} failed: ${error.hint ?? 'unknown'}`);
      return { ok: false, error };
    }
  };
}
