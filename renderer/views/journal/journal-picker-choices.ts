import type { JournalFacets } from '../../../shared/domain/journal-facets';
import type { JournalFilter } from '../../../shared/domain/journal-query';
import type { Translate } from '../../i18n/use-t';

// What the journal's profile and action pickers list: the values main tallied over the whole
// journal, plus the one the filter holds, so a choice never silently disappears from its picker.

/** One option of a picker: the value the filter takes, its words, and whether they are data (not to be translated by the browser). */
export interface PickerChoice {
  value: string;
  label: string;
  data?: boolean;
}

/** The profile and action pickers' options, in the order main sorted them. */
export interface JournalPickerChoices {
  profiles: PickerChoice[];
  actions: PickerChoice[];
}

/**
 * The options for `facets` and `filter`. A profile reads as its name; one sharing its name with
 * another adds its masked key id, so the operator can tell the two apart. A chosen profile or
 * action the facets lack (main has not answered yet) is listed last, under its id or name.
 */
export function journalPickerChoices(facets: JournalFacets, filter: JournalFilter, t: Translate): JournalPickerChoices {
  const names = new Map<string, number>();
  for (const profile of facets.profiles) names.set(profile.name, (names.get(profile.name) ?? 0) + 1);
  const profiles = facets.profiles.map((profile) => ({
    value: profile.id,
    label: (names.get(profile.name) ?? 0) > 1 ? t('journal.filter.profileKey', { name: profile.name, key: profile.accessKeyIdMasked }) : profile.name,
    data: true,
  }));
  if (filter.profileId && !profiles.some((profile) => profile.value === filter.profileId)) profiles.push({ value: filter.profileId, label: filter.profileId, data: true });
  const actions = facets.actions.map((action) => ({ value: action, label: action, data: true }));
  if (filter.action && !facets.actions.includes(filter.action)) actions.push({ value: filter.action, label: filter.action, data: true });
  return { profiles, actions };
}
