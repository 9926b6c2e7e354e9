import { buildApi, type ControlRoomApi } from '../../shared/contract/api';

declare global {
  interface Window {
    /** Installed by the Electron preload or the harness bridge; absent in a bare browser tab. */
    readonly controlRoom?: ControlRoomApi;
  }
}

/**
 * The api main installed on the page. When nothing installed one (the page was opened on its own)
 * every call answers `ipc.unreachable`, built by the same contract function, so the app still
 * starts, stays navigable and says plainly that its services are unreachable.
 */
export function windowApi(target: Pick<Window, 'controlRoom'> = window): ControlRoomApi {
  return (
    target.controlRoom ??
    buildApi(
      () => Promise.reject(new Error('window.controlRoom is not installed on this page')),
      () => () => undefined,
    )
  );
}
