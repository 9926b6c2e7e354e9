import type { ReactNode } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';
import { errorMessage } from '../../../shared/i18n/translate';
import { useLocale, useT, type Translate } from '../../i18n/use-t';
import { useAppState } from '../../state/stores-context';
import { SettingsSection } from './settings-section';

/** Product names of Node's platform ids; names, not words, so they are the same in every language. */
const platformNames: Record<string, string> = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Runtime({ name, version, t }: { name: string; version: string | null; t: Translate }) {
  return (
    <li>
      <span translate="no">{name}</span>{' '}
      {version === null ? <span className="facts__muted">{t('about.runtimeUnused')}</span> : <span translate="no">{version}</span>}
    </li>
  );
}

function Facts({ info, t }: { info: AppInfo; t: Translate }) {
  return (
    <dl className="facts">
      <Fact label={t('about.version')}>
        <span translate="no">{info.version}</span>
      </Fact>
      <Fact label={t('about.host')}>{t(`host.${info.host}`)}</Fact>
      <Fact label={t('about.platform')}>
        <span translate="no">{platformNames[info.platform] ?? info.platform}</span>
      </Fact>
      <Fact label={t('about.runtimes')}>
        <ul className="facts__list">
          <Runtime name="Node.js" version={info.versions.node} t={t} />
          <Runtime name="Electron" version={info.versions.electron} t={t} />
          <Runtime name="Chromium" version={info.versions.chrome} t={t} />
        </ul>
      </Fact>
      <Fact label={t('about.dataDir')}>
        <code className="facts__path" translate="no">
          {info.dataDir}
        </code>
      </Fact>
    </dl>
  );
}

/** What this installation is and where it keeps its data: what a support request needs. */
export function AboutSection() {
  const t = useT();
  const locale = useLocale();
  const info = useAppState((state) => state.info);
  const infoError = useAppState((state) => state.infoError);
  return (
    <SettingsSection heading={t('about.heading')}>
      {info ? (
        <Facts info={info} t={t} />
      ) : (
        <p className="settings-section__hint">{infoError ? errorMessage(locale, infoError) : t('about.loading')}</p>
      )}
    </SettingsSection>
  );
}
