import { useEffect, useId, useState } from 'react';
import { JournalOutcome } from '../../../shared/domain/journal';
import type { JournalFacets } from '../../../shared/domain/journal-facets';
import { JournalSource, type JournalFilter } from '../../../shared/domain/journal-query';
import { journalOutcomeLabels, journalSourceLabels } from '../../../shared/domain/journal-words';
import { Provider } from '../../../shared/domain/provider';
import type { MessageKey } from '../../../shared/i18n/en';
import { useT } from '../../i18n/use-t';
import { useDeskZone } from '../../time/desk-zone';
import { isoToLocalInput, localInputToIso } from '../../time/local-datetime';
import { journalPickerChoices } from './journal-picker-choices';

// The journal's filter bar: time range in the desk's zone, profile, cloud, action, outcome,
// source and free text. Each change goes to main as a new filter; the text waits for a pause.

/** How long typing must pause before the words are searched: one request per word, not per key. */
export const textDelayMs = 300;

/** What the bar shows and changes. */
export interface JournalFiltersProps {
  filter: JournalFilter;
  /** The profiles and actions of the whole journal, as main tallied them. */
  facets: JournalFacets;
  onChange(filter: JournalFilter): void;
}

const providerKeys: Record<Provider, MessageKey> = { aliyun: 'provider.aliyun', volcengine: 'provider.volcengine' };

/** The filter with `key` set to `value`, or without it for "any" (an empty choice). */
export function withField<K extends keyof JournalFilter>(filter: JournalFilter, key: K, value: JournalFilter[K] | ''): JournalFilter {
  const next = { ...filter };
  if (value === '' || value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** A `datetime-local` value in the desk's zone as a filter bound: an instant, or none while it is empty or incomplete. */
export function boundOf(local: string, zone: string): string | undefined {
  const iso = localInputToIso(local, zone);
  return iso.endsWith('Z') ? iso : undefined;
}

/** Whether any filter is set. */
export function isFiltered(filter: JournalFilter): boolean {
  return Object.keys(filter).length > 0;
}

/** One labelled picker of the bar. */
function Picker({ label, value, choices, onPick }: { label: string; value: string; choices: readonly { value: string; label: string; data?: boolean }[]; onPick(value: string): void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="journal-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(event) => onPick(event.target.value)}>
        <option value="">{t('journal.filter.any')}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} translate={choice.data ? 'no' : undefined}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The filters. Profile and action offer what the journal's entries hold (every file, as main
 * tallied them), plus the one chosen; the others offer every value the journal can hold.
 */
export function JournalFilters({ filter, facets, onChange }: JournalFiltersProps) {
  const t = useT();
  const zone = useDeskZone();
  const fromId = useId();
  const toId = useId();
  const textId = useId();
  const [text, setText] = useState(filter.text ?? '');

  useEffect(() => {
    if (text.trim() === (filter.text ?? '')) return;
    const timer = setTimeout(() => onChange(withField(filter, 'text', text.trim())), textDelayMs);
    return () => clearTimeout(timer);
  }, [text, filter, onChange]);

  const { profiles, actions } = journalPickerChoices(facets, filter, t);

  return (
    <div className="journal-filters" role="search" aria-label={t('journal.filter.region')}>
      <div className="journal-filters__field">
        <label htmlFor={fromId}>{t('journal.filter.from')}</label>
        <input
          id={fromId}
          type="datetime-local"
          className="input"
          value={isoToLocalInput(filter.from ?? null, zone)}
          onChange={(event) => onChange(withField(filter, 'from', boundOf(event.target.value, zone) ?? ''))}
        />
      </div>
      <div className="journal-filters__field">
        <label htmlFor={toId}>{t('journal.filter.to')}</label>
        <input
          id={toId}
          type="datetime-local"
          className="input"
          value={isoToLocalInput(filter.to ?? null, zone)}
          onChange={(event) => onChange(withField(filter, 'to', boundOf(event.target.value, zone) ?? ''))}
        />
      </div>
      <Picker label={t('journal.filter.profile')} value={filter.profileId ?? ''} choices={profiles} onPick={(value) => onChange(withField(filter, 'profileId', value))} />
      <Picker
        label={t('journal.filter.provider')}
        value={filter.provider ?? ''}
        choices={Provider.options.map((provider) => ({ value: provider, label: t(providerKeys[provider]) }))}
        onPick={(value) => onChange(withField(filter, 'provider', Provider.options.find((provider) => provider === value) ?? ''))}
      />
      <Picker label={t('journal.filter.action')} value={filter.action ?? ''} choices={actions} onPick={(value) => onChange(withField(filter, 'action', value))} />
      <Picker
        label={t('journal.filter.outcome')}
        value={filter.outcome ?? ''}
        choices={JournalOutcome.options.map((outcome) => ({ value: outcome, label: t(journalOutcomeLabels[outcome]) }))}
        onPick={(value) => onChange(withField(filter, 'outcome', JournalOutcome.options.find((outcome) => outcome === value) ?? ''))}
      />
      <Picker
        label={t('journal.filter.source')}
        value={filter.source ?? ''}
        choices={JournalSource.options.map((source) => ({ value: source, label: t(journalSourceLabels[source]) }))}
        onPick={(value) => onChange(withField(filter, 'source', JournalSource.options.find((source) => source === value) ?? ''))}
      />
      <div className="journal-filters__field journal-filters__field--text">
        <label htmlFor={textId}>{t('journal.filter.text')}</label>
        <input id={textId} type="search" className="input" autoComplete="off" spellCheck={false} maxLength={200} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <button
        type="button"
        className="button journal-filters__clear"
        aria-disabled={(!isFiltered(filter) && text === '') || undefined}
        onClick={() => {
          setText('');
          onChange({});
        }}
      >
        {t('journal.filter.clear')}
      </button>
    </div>
  );
}
