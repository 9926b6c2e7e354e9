import type { ProfileView } from '../../../shared/domain/profile';
import type { Translate } from '../../i18n/use-t';

/**
 * Names of cloud concepts exactly as both clouds' consoles print them, in every language. They are
 * shown as terms (`translate="no"`) so an operator finds the same words in the console.
 */
export const terms = {
  accessKeyId: 'AccessKey ID',
  accessKeySecret: 'AccessKey Secret',
} as const;

/**
 * The name to show for a profile. Built-in rehearsal profiles are named by the catalogue, in the
 * operator's language, whatever name is stored for them; other names are the operator's own.
 */
export function profileDisplayName(profile: Pick<ProfileView, 'builtIn' | 'name' | 'provider'>, t: Translate): string {
  return profile.builtIn ? t('profiles.rehearsalName', { provider: t(`provider.${profile.provider}`) }) : profile.name;
}

/** A profile's name as text: translatable for the built-in ones, data (`translate="no"`) otherwise. */
export function ProfileName({ profile, t }: { profile: Pick<ProfileView, 'builtIn' | 'name' | 'provider'>; t: Translate }) {
  const name = profileDisplayName(profile, t);
  return profile.builtIn ? <span>{name}</span> : <span translate="no">{name}</span>;
}
