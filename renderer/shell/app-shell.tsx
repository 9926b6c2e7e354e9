import { NoticeBanners } from '../components/notice-banners';
import { ToastStack } from '../components/toast-stack';
import { useT } from '../i18n/use-t';
import { ViewOutlet } from '../views/view-outlet';
import { RehearsalBanner } from './rehearsal-banner';
import { SidebarNav } from './sidebar-nav';
import { StatusBar } from './status-bar';
import { useViewShortcuts } from './use-view-shortcuts';
import './shell.css';

/**
 * The frame around every view: brand and sidebar on the left, the view, the status bar below, and
 * the desk's notifications as toasts over the lower right corner, whichever view is open.
 */
export function AppShell() {
  const t = useT();
  useViewShortcuts();
  return (
    <div className="shell">
      <div className="sidebar">
        <header className="sidebar__brand">
          <svg className="sidebar__mark" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
            <circle cx="12" cy="12" r="4" fill="currentColor" />
          </svg>
          <span className="sidebar__name">{t('app.name')}</span>
        </header>
        <SidebarNav />
      </div>
      <main className="shell__main">
        <RehearsalBanner />
        <NoticeBanners />
        <ViewOutlet />
      </main>
      <StatusBar />
      <ToastStack />
    </div>
  );
}
