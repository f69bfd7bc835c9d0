/** The "Demo data" label, shown wherever a value could be mistaken for a real one. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app';

/**
 * Renders the demo label when the app runs on demo data; nothing in live mode.
 * A saved record passes `demo` (the mode it was made in), which wins over the
 * app's current mode.
 */
export function DemoBadge({ demo }: { demo?: boolean }) {
  const { t } = useTranslation();
  const appDemo = useAppStore((state) => state.status?.mode !== 'live');
  if (!(demo ?? appDemo)) return null;
  return (
    <span className="badge badge-demo" title={t('app.demoExplain')}>
      {t('app.demoBadge')}
    </span>
  );
}
