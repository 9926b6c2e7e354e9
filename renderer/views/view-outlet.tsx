import { useNavigationState } from '../state/stores-context';
import { BoardView } from './board/board-view';
import { JournalView } from './journal/journal-view';
import { ProfilesView } from './profiles/profiles-view';
import { RelaysView } from './relays/relays-view';
import { SettingsView } from './settings/settings-view';
import { StudiosView } from './studios/studios-view';

/** Shows the view the navigation store points at. */
export function ViewOutlet() {
  const view = useNavigationState((state) => state.view);
  if (view === 'settings') return <SettingsView />;
  if (view === 'profiles') return <ProfilesView />;
  if (view === 'failover') return <BoardView />;
  if (view === 'studios') return <StudiosView />;
  if (view === 'relays') return <RelaysView />;
  return <JournalView />;
}
