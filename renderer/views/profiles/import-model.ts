import type { ImportCandidate } from '../../../shared/domain/profile';
import { validateProfileChanges } from '../../../shared/domain/profile-validation';
import type { FieldIssue } from '../../../shared/errors/field-issue';
import type { ImportPick } from '../../state/profiles-store';

/** Whether one candidate is ticked, and the name it will be imported under. */
export interface CandidateChoice {
  picked: boolean;
  name: string;
}

/** The operator's choices, by candidate id. */
export type CandidateChoices = Record<string, CandidateChoice>;

/** Every importable candidate ticked under its suggested name; blocked ones unticked. */
export function initialChoices(candidates: readonly ImportCandidate[]): CandidateChoices {
  return Object.fromEntries(
    candidates.map((candidate) => [candidate.candidateId, { picked: candidate.blocker === null, name: candidate.suggestedName }]),
  );
}

function pickedCandidates(candidates: readonly ImportCandidate[], choices: CandidateChoices): ImportCandidate[] {
  return candidates.filter((candidate) => candidate.blocker === null && choices[candidate.candidateId]?.picked === true);
}

/**
 * The name problems of the ticked candidates, by the same rules as a profile's name: a name must
 * be free among the existing profiles and among the other ticked candidates.
 */
export function importNameIssues(
  candidates: readonly ImportCandidate[],
  choices: CandidateChoices,
  existingNames: readonly string[],
): Record<string, FieldIssue> {
  const picked = pickedCandidates(candidates, choices);
  const issues: Record<string, FieldIssue> = {};
  for (const candidate of picked) {
    const others = picked.filter((other) => other !== candidate).map((other) => choices[other.candidateId]?.name ?? '');
    const name = choices[candidate.candidateId]?.name ?? '';
    const issue = validateProfileChanges(
      { name },
      { provider: candidate.provider, hasSecurityToken: candidate.hasSecurityToken, takenNames: [...existingNames, ...others] },
    ).name;
    if (issue) issues[candidate.candidateId] = issue;
  }
  return issues;
}

/** The picks to send: ticked, importable candidates under their trimmed names. */
export function chosenPicks(candidates: readonly ImportCandidate[], choices: CandidateChoices): ImportPick[] {
  return pickedCandidates(candidates, choices).map((candidate) => ({
    candidateId: candidate.candidateId,
    name: (choices[candidate.candidateId]?.name ?? '').trim(),
  }));
}
