import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title, so a screen-reader user hears where a navigation landed. */
export function usePageTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} – ${t('app.name')}` : t('app.name');
  }, [title, t]);
}
