import type { ViewId } from './views';

/** 24×24 stroke paths, drawn for this app so no icon font or external asset is needed. */
const paths: Record<ViewId, string> = {
  failover: 'M4 8h12l-3-3M20 16H8l3 3',
  studios: 'M3 6h13v12H3zM16 10l5-3v10l-5-3',
  relays: 'M5 12a2 2 0 1 0 0 .01M19 6a2 2 0 1 0 0 .01M19 18a2 2 0 1 0 0 .01M7 11l10-4M7 13l10 4',
  profiles: 'M15 7a4 4 0 1 1-3.2 6.4L4 21H2v-3l7.6-7.6A4 4 0 0 1 15 7zM16 8h.01',
  journal: 'M6 3h11a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6zM9 8h6M9 12h6M9 16h4',
  settings: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 5v4M8 15v4',
};

/** The sidebar icon of a view; decorative, because the label beside it carries the meaning. */
export function NavIcon({ view }: { view: ViewId }) {
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={paths[view]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
