import type { ImportPreview } from '../../shared/contract/channels';
import type { ImportCandidate, ProfilesState, ProfileView } from '../../shared/domain/profile';
import type { Provider } from '../../shared/domain/provider';
import { securityTokenStatus } from '../../shared/domain/security-token';
import type { Translate } from './help-text';
import { shownIdLength } from './resolve-arguments';
import { formatTable } from './text-table';

/** A cloud's name in the operator's language (阿里云 / Alibaba Cloud). */
export function providerName(provider: Provider, t: Translate): string {
  return t(`provider.${provider}`);
}

function stsCell(profile: ProfileView, t: Translate, now: Date): string {
  if (!profile.securityToken) return '-';
  const expiresAt = profile.securityToken.expiresAt ?? '';
  return t(`cli.sts.${securityTokenStatus(profile.securityToken.expiresAt, now)}`, { expiresAt });
}

/**
 * `lcr profiles list` as a table: the active profile of each cloud starred, AccessKey IDs only as
 * the services masked them, STS tokens as their expiry status. Never a secret: views have none.
 */
export function profilesTable(state: ProfilesState, t: Translate, now: Date): string {
  const headers = ['', t('cli.column.name'), t('cli.column.provider'), t('cli.column.accessKeyId'), t('cli.column.region'), t('cli.column.sts'), t('cli.column.id')];
  const rows = state.profiles.map((p) => [
    state.active[p.provider] === p.id ? '*' : '',
    p.builtIn ? t('cli.list.builtIn', { name: p.name }) : p.name,
    providerName(p.provider, t),
    p.accessKeyIdMasked,
    p.region,
    stsCell(p, t, now),
    p.id,
  ]);
  return `${formatTable(headers, rows)}\n\n${t('cli.list.legend')}\n`;
}

/** Why a candidate cannot be imported, or the name it would be imported as. */
export function candidateStatus(candidate: ImportCandidate, t: Translate): string {
  if (!candidate.blocker) return t('cli.import.ready', { name: candidate.suggestedName });
  return t(`cli.import.blocker.${candidate.blocker}`, { mode: candidate.mode ?? '' });
}

/** The import preview as a table; the id column is short enough to type back into `--pick`. */
export function importTable(preview: ImportPreview, t: Translate): string {
  const headers = [t('cli.column.candidate'), t('cli.column.source'), t('cli.column.origin'), t('cli.column.provider'), t('cli.column.accessKeyId'), t('cli.column.region'), t('cli.column.status')];
  const rows = preview.candidates.map((c) => [
    c.candidateId.slice(0, shownIdLength),
    t(`cli.source.${c.source}`),
    c.origin,
    providerName(c.provider, t),
    c.accessKeyIdMasked,
    c.region,
    candidateStatus(c, t),
  ]);
  return `${formatTable(headers, rows)}\n`;
}
