import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { useSettingsState } from '../../state/stores-context';

/** A setting chosen with one control: the notification kinds have their own, being several at once. */
export type ChoiceKey = Exclude<keyof Settings, 'notifications'>;

/** One setting as its control shows it: the value chosen (pending, else confirmed), whether it is saving, and how to choose. */
export interface SettingChoice<K extends ChoiceKey> {
  selected: Settings[K];
  saving: boolean;
  /** True until main first answered: the control is disabled. */
  loading: boolean;
  choose(value: Settings[K]): void;
}

/**
 * The one way a Settings control reads and saves its setting: the operator's choice shows at once
 * as saving, and stays until main confirms it (or the slice reports why not).
 */
export function useSettingChoice<K extends ChoiceKey>(key: K): SettingChoice<K> {
  const confirmed = useSettingsState((state) => state.settings[key]);
  const pending = useSettingsState((state) => state.pending?.[key]) as Settings[K] | undefined;
  const loading = useSettingsState((state) => state.status === 'loading');
  const update = useSettingsState((state) => state.update);
  return {
    selected: pending ?? confirmed,
    saving: pending !== undefined,
    loading,
    choose: (value) => void update({ [key]: value } as SettingsPatch),
  };
}
