import { useT } from '../i18n-context';

/** The bar above the popup and the viewer: the name, and the way to the options page. */
export function AppHeader({ onOpenOptions }: { onOpenOptions: () => void }) {
  const t = useT();
  return (
    <header class="pv-header">
      <span class="pv-header__name">{t('common.appName')}</span>
      <button
        type="button"
        class="pv-header__options"
        onClick={onOpenOptions}
        aria-label={t('common.options')}
        title={t('common.options')}
      >
        <span aria-hidden="true">⚙</span>
      </button>
    </header>
  );
}
