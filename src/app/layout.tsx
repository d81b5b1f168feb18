import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { LanguageSwitch } from '../components/language-switch';
import { StorageWarning } from './storage-warning';
import { UpdateBanner } from './update-banner';

/** Moves focus to the new page's heading after navigation, so keyboard and screen-reader users land on it. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // The page may still be loading its chunk: wait for its heading.
    let tries = 0;
    const timer = window.setInterval(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading || ++tries > 40) {
        window.clearInterval(timer);
        if (heading) {
          heading.setAttribute('tabindex', '-1');
          heading.focus();
        }
        window.scrollTo({ top: 0 });
      }
    }, 25);
    return () => window.clearInterval(timer);
  }, [pathname]);
}

/**
 * The main navigation and the language switch. On phones they fold behind a "Menu" disclosure button, so
 * the header stays one line at 320 px in both languages; on wider screens the button is hidden by CSS and
 * everything shows in one row.
 */
function SiteMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      close();
      button.current?.focus();
    }
  };
  return (
    <>
      <button ref={button} type="button" className="menu-button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)} onKeyDown={onKeyDown}>
        <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" focusable="false">
          <path d={open ? 'M4 4l12 12M16 4L4 16' : 'M3 5h14M3 10h14M3 15h14'} />
        </svg>
        {t('menu')}
      </button>
      <div id={menuId} className={open ? 'site-menu site-menu--open' : 'site-menu'} onKeyDown={onKeyDown}>
        <nav aria-label={t('mainNav')} className="site-nav">
          <NavLink to="/stage/1" onClick={close}>{t('nav.assessment')}</NavLink>
          <NavLink to="/results" onClick={close}>{t('nav.results')}</NavLink>
          <NavLink to="/workshop" onClick={close}>{t('nav.workshop')}</NavLink>
          <NavLink to="/model" onClick={close}>{t('nav.model')}</NavLink>
        </nav>
        <LanguageSwitch />
      </div>
    </>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useFocusOnNavigate();
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand" aria-label={t('brandHome')}>
            <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28" className="brand__mark">
              <rect width="32" height="32" rx="6" />
              <path d="M10 5v22M22 5v22M10 23h12M10 16h12M10 9h12" />
            </svg>
            <span>Peldaño</span>
          </Link>
          <SiteMenu />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageWarning /><UpdateBanner />
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer.privacy')}</p>
      </footer>
    </>
  );
}
