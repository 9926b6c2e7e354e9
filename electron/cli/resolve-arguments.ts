import type { ImportCandidate, ProfileView } from '../../shared/domain/profile';
import { sameName } from '../../shared/domain/profile-validation';
import { CliError } from './exit-codes';

/** Shortest candidate-id prefix accepted, so the ids shown in a narrow column can be typed back. */
const shortestIdPrefix = 6;

/** How many characters of a candidate id the preview table shows. */
export const shownIdLength = 10;

/**
 * The profile a command line means by `<name-or-id>`: an exact id first (ids are what scripts
 * keep), else the name compared as the app compares names — without case or surrounding spaces,
 * which is also what keeps names unique, so at most one profile can match.
 */
export function resolveProfile(profiles: readonly ProfileView[], query: string): ProfileView {
  const match = profiles.find((p) => p.id === query.trim()) ?? profiles.find((p) => sameName(p.name, query));
  if (!match) throw new CliError('profile.notFound', 'cli.error.profileNotFound', { query }, 1);
  return match;
}

function resolvePick(candidates: readonly ImportCandidate[], pick: string): ImportCandidate {
  const exact = candidates.find((c) => c.candidateId === pick);
  if (exact) return exact;
  const byOrigin = candidates.filter((c) => c.origin === pick);
  const byPrefix = pick.length >= shortestIdPrefix ? candidates.filter((c) => c.candidateId.startsWith(pick)) : [];
  const matches = byOrigin.length > 0 ? byOrigin : byPrefix;
  const [only, ...others] = matches;
  if (!only) throw new CliError('cli.pickUnknown', 'cli.error.pickUnknown', { pick }, 1);
  if (others.length > 0) {
    const ids = matches.map((c) => c.candidateId.slice(0, shownIdLength)).join(', ');
    throw new CliError('cli.pickAmbiguous', 'cli.error.pickAmbiguous', { pick, matches: ids }, 1);
  }
  return only;
}

/**
 * The candidates `--pick` names, each by full id, by id prefix (as the preview shows it) or by
 * origin (the CLI profile's name or the environment variable). A pick that matches nothing or
 * more than one candidate stops the import before anything is stored; duplicates collapse.
 */
export function resolveImportPicks(candidates: readonly ImportCandidate[], picks: readonly string[]): ImportCandidate[] {
  const chosen: ImportCandidate[] = [];
  for (const pick of picks) {
    const candidate = resolvePick(candidates, pick);
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  return chosen;
}
