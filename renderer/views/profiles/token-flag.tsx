import type { ProfileView } from '../../../shared/domain/profile';
import { securityTokenStatus } from '../../../shared/domain/security-token';
import { useLocale, useT } from '../../i18n/use-t';
import { useDeskZone } from '../../time/desk-zone';

/** A date and time in the operator's language, in the desk's time zone. */
export function formatDateTime(iso: string, locale: string, zone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone }).format(new Date(iso));
}

/**
 * Whether a profile carries an STS token and how close it is to expiring, as of `now`: a token
 * that expires mid-show stops every call, so "expires soon" and "expired" stand out.
 */
export function TokenFlag({ token, now }: { token: ProfileView['securityToken']; now: Date }) {
  const t = useT();
  const locale = useLocale();
  const zone = useDeskZone();
  if (!token) return <span className="token-flag token-flag--none">{t('profiles.token.none')}</span>;
  const status = securityTokenStatus(token.expiresAt, now);
  const time = token.expiresAt && status !== 'unknownExpiry' ? formatDateTime(token.expiresAt, locale, zone) : '';
  return (
    <span className={`token-flag token-flag--${status}`}>
      <span className="token-flag__dot" aria-hidden="true" />
      {t(`profiles.token.${status}`, { time })}
    </span>
  );
}
