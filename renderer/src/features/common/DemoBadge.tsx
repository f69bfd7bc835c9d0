/** The "Demo data" label, shown wherever a value could be mistaken for a real one. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app';

/** Renders the demo label when the app runs on demo data; nothing in live mode. */
export function DemoBadge() {
  const { t } = useTranslation();
  const demo = useAppStore((state) => state.status?.mode !== 'live');
  if (!demo) return null;
  return (
    <span className="badge badge-demo" title={t('app.demoExplain')}>
      {t('app.demoBadge')}
    </span>
  );
}
