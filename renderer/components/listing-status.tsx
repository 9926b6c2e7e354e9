import { useId, type ReactNode } from 'react';
import type { AppError } from '../../shared/errors/app-error';
import type { MessageKey } from '../../shared/i18n/en';
import { errorMessage } from '../../shared/i18n/translate';
import { useLocale, useT } from '../i18n/use-t';
import { useNow } from '../time/use-now';
import { useDeskZone } from '../time/desk-zone';
import { ageSeconds, localTime } from '../time/local-datetime';
import './listing-status.css';

// The status of a list main keeps for a screen (studios, relay groups): when the cloud last listed
// it, and — when the last listing failed — the notice that the last confirmed list is shown and
// nothing can be changed until the cloud answers: the failover board's offline rule, said alike
// on every screen that lists.

/** How often the list's age is worked out again: it is shown to the minute. */
const ageRefreshMs = 5000;

/** A screen's list as main last sent it; null `listedAt` before the first complete listing. */
export interface Listing {
  /** Main has answered with the list at all (the screen is not still loading it). */
  loaded: boolean;
  listedAt: string | null;
  readError: AppError | null;
  refreshing: boolean;
}

/** Whether changes are off, and why: the id of the text that says so, for `aria-describedby`. */
export interface ListingGate {
  ageId: string;
  staleId: string;
  /** The id of the text saying why changes are off, or null when they are on. */
  disabledBy: string | null;
  /** Busy until the first listing settled, so nothing reads a half-loaded screen as the list. */
  busy: boolean;
}

/** Changes are off while the list is not confirmed; the text that says why describes each control. */
export function useListingGate(listing: Listing): ListingGate {
  const ageId = useId();
  const staleId = useId();
  const disabledBy = listing.readError !== null ? staleId : !listing.loaded ? ageId : null;
  const busy = listing.refreshing || !listing.loaded || (listing.listedAt === null && listing.readError === null);
  return { ageId, staleId, disabledBy, busy };
}

/** What a screen calls its list while listing it, and when it never could list it. */
export interface ListingWords {
  listing: MessageKey;
  never: MessageKey;
}

/** The list's age line, and the offline notice with the cloud's reason when the last listing failed. */
export function ListingStatus({ listing, gate, words }: { listing: Listing; gate: ListingGate; words: ListingWords }) {
  const t = useT();
  const locale = useLocale();
  const zone = useDeskZone();
  const age = ageSeconds(listing.listedAt, useNow(ageRefreshMs));
  const ageText = () => {
    if (age === null || listing.listedAt === null) return listing.refreshing ? t(words.listing) : t('listing.notListed');
    const time = localTime(listing.listedAt, zone);
    return age < 60 ? t('listing.listedJustNow', { time }) : t('listing.listedMinutes', { time, minutes: Math.floor(age / 60) });
  };
  return (
    <>
      <p id={gate.ageId} className="listing__age">
        {ageText()}
      </p>
      {listing.readError && (
        <div id={gate.staleId} className="listing__stale" role="status">
          <p>{age === null ? t(words.never) : t('listing.stale')}</p>
          <p>{errorMessage(locale, listing.readError)}</p>
        </div>
      )}
    </>
  );
}

/** Lists again; while a listing is in flight it says so and asks for no second one. */
export function RefreshButton({ refreshing, onRefresh }: { refreshing: boolean; onRefresh(): void }) {
  const t = useT();
  return (
    <button type="button" className="button" aria-disabled={refreshing || undefined} onClick={() => !refreshing && onRefresh()}>
      {refreshing ? t('listing.refreshing') : t('listing.refresh')}
    </button>
  );
}

/**
 * A button that changes something, off while the gate says the list is not confirmed: it stays
 * focusable, described by the text that says why, and does nothing when pressed.
 */
export function GatedButton({ gate, primary, onPress, children }: { gate: ListingGate; primary?: boolean; onPress(): void; children: ReactNode }) {
  return (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      aria-disabled={gate.disabledBy !== null || undefined}
      aria-describedby={gate.disabledBy ?? undefined}
      onClick={() => gate.disabledBy === null && onPress()}
    >
      {children}
    </button>
  );
}
