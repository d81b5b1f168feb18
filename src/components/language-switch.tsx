import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, uiLanguages } from '../i18n/setup-i18n';
import { loadContentTexts } from '../model/content-texts';
import { languageName } from './language-name';

/** One button per language, named in that language ("Español", "English"). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const select = async (lang: string) => {
    try {
      // Load the content first so the page never flashes a loading state.
      await loadContentTexts(lang);
      await changeLanguage(lang);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {uiLanguages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={i18n.language === lang}
          onClick={() => void select(lang)}
        >
          {languageName(lang)}
        </button>
      ))}
      {failed && (
        <p role="alert" className="language-switch__error">
          {t('language.failed')}
        </p>
      )}
    </div>
  );
}
