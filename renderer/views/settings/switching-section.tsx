import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { ShortcutEditor } from './shortcut-editor';
import { TakeModePicker } from './take-mode-picker';

// Settings › Switching: how a switch is made, and the shortcuts that make one from anywhere.

/** How the board switches: the take mode, and the global shortcuts that fail a tile over. */
export function SwitchingSection() {
  const t = useT();
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section__heading">
        {t('settings.switching')}
      </h2>
      <TakeModePicker />
      <ShortcutEditor />
    </section>
  );
}
