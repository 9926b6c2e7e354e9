import { useId, type ReactNode } from 'react';

/** What a Settings section shows: its heading, and whether it is waiting for main. */
export interface SettingsSectionProps {
  heading: string;
  busy?: boolean;
  children: ReactNode;
}

/** One section of Settings: a region named by its heading, so every section reads and is found the same way. */
export function SettingsSection({ heading, busy, children }: SettingsSectionProps) {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId} aria-busy={busy || undefined}>
      <h2 id={headingId} className="settings-section__heading">
        {heading}
      </h2>
      {children}
    </section>
  );
}
