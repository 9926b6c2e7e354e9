import { useState } from 'react';
import { Provider } from '../../shared/domain/provider';
import { useT } from '../i18n/use-t';
import { useProfilesState } from '../state/stores-context';
import { DrillPanel } from '../views/rehearsal/drill-panel';
import './rehearsal-banner.css';

/**
 * The persistent REHEARSAL banner, above every view whenever a built-in rehearsal profile is
 * active for either cloud, so a drill is never mistaken for the show; it names which clouds are
 * rehearsing and opens the drill controls beside whatever view the operator is watching.
 */
export function RehearsalBanner() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const confirmed = useProfilesState((state) => state.confirmed);
  const rehearsing = confirmed
    ? Provider.options.filter((provider) => confirmed.profiles.some((profile) => profile.id === confirmed.active[provider] && profile.builtIn))
    : [];
  if (rehearsing.length === 0) return null;
  const names = rehearsing.map((provider) => t(`provider.${provider}`));
  const [first = '', second] = names;
  const which = second === undefined ? first : t('rehearsal.providersJoin', { first, second });
  return (
    <section className="rehearsal" aria-label={t('rehearsal.banner')}>
      <div className="rehearsal__bar">
        <strong className="rehearsal__mark">{t('rehearsal.banner')}</strong>
        <span className="rehearsal__text">{t('rehearsal.bannerText', { providers: which })}</span>
        <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('rehearsal.drills.hide') : t('rehearsal.drills.show')}
        </button>
      </div>
      {open && <DrillPanel />}
    </section>
  );
}
