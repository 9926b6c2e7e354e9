import { useEffect } from 'react';
import { useStores } from '../state/stores-context';
import { isMacUserAgent, viewForShortcut } from './nav-keys';

/** Lets Ctrl/Cmd+1…6 open a view from anywhere in the window. */
export function useViewShortcuts(): void {
  const { navigation } = useStores();
  useEffect(() => {
    const mac = isMacUserAgent(navigator.userAgent);
    const onKeyDown = (event: KeyboardEvent) => {
      const view = viewForShortcut(event, mac);
      if (view === null) return;
      event.preventDefault();
      navigation.getState().go(view);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigation]);
}
