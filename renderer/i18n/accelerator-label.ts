import { useCallback } from 'react';
import { useAppState } from '../state/stores-context';
import { acceleratorLabel } from '../../shared/format/accelerator-label';
import { isMacUserAgent } from '../shell/nav-keys';

// The desk's platform for printing global shortcuts (shared/format/accelerator-label.ts).

/**
 * Whether the desk runs on a Mac, as main reports its platform (`app.info`); until main answered,
 * as the browser says, so the first frame is already right in the app.
 */
export function useMacPlatform(): boolean {
  const platform = useAppState((state) => state.info?.platform);
  return platform === undefined ? isMacUserAgent(navigator.userAgent) : platform === 'darwin';
}

/** Prints accelerators for the desk's platform. */
export function useAcceleratorLabel(): (accelerator: string) => string {
  const mac = useMacPlatform();
  return useCallback((accelerator: string) => acceleratorLabel(accelerator, mac), [mac]);
}
