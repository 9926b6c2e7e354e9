import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { useNavigationState } from '../state/stores-context';
import { NavIcon } from './nav-icons';
import { ariaShortcut, isMacUserAgent, nextNavIndex, shortcutLabel } from './nav-keys';
import { viewIds, viewTitleKeys, type ViewId } from './views';

/**
 * The view switcher. One Tab stop (roving tabindex): Tab lands on the current view, arrows move
 * between items, Enter or Space opens one. Items are large so a hurried click does not miss.
 */
export function SidebarNav() {
  const t = useT();
  const view = useNavigationState((state) => state.view);
  const go = useNavigationState((state) => state.go);
  const [focused, setFocused] = useState<ViewId | null>(null);
  const navRef = useRef<HTMLElement>(null);
  const buttons = useRef(new Map<ViewId, HTMLButtonElement>());
  const mac = isMacUserAgent(navigator.userAgent);

  // A shortcut pressed while focus is in the sidebar takes focus along to the view it opened.
  useEffect(() => {
    if (navRef.current?.contains(document.activeElement)) buttons.current.get(view)?.focus();
  }, [view]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = nextNavIndex(event.key, index, viewIds.length);
    const target = next === null ? undefined : viewIds[next];
    if (target === undefined) return;
    event.preventDefault();
    buttons.current.get(target)?.focus();
  };

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocused(null);
  };

  const tabStop = focused ?? view;
  return (
    <nav ref={navRef} className="sidebar-nav" aria-label={t('nav.label')} onBlur={onBlur}>
      <ul className="sidebar-nav__list">
        {viewIds.map((id, index) => (
          <li key={id}>
            <button
              ref={(element) => {
                if (element) buttons.current.set(id, element);
                else buttons.current.delete(id);
              }}
              type="button"
              className="sidebar-nav__item"
              aria-current={id === view ? 'page' : undefined}
              aria-keyshortcuts={ariaShortcut(index, mac)}
              tabIndex={id === tabStop ? 0 : -1}
              onFocus={() => setFocused(id)}
              onKeyDown={(event) => onKeyDown(event, index)}
              onClick={() => go(id)}
            >
              <NavIcon view={id} />
              <span className="sidebar-nav__label">{t(viewTitleKeys[id])}</span>
              <kbd className="sidebar-nav__shortcut" translate="no">
                {shortcutLabel(index, mac)}
              </kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
