/** Help → User guide: the README's usage steps, in the UI language, shown inside the app (no network needed). */
import { useTranslation } from 'react-i18next';

/** The user guide screen. */
export function GuideScreen() {
  const { t } = useTranslation();
  const steps = t('guide.steps', { returnObjects: true }) as string[];
  return (
    <div className="screen guide-screen">
      <h1>{t('guide.heading')}</h1>
      <section className="panel">
        <ol className="guide-steps">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="muted small">{t('guide.more')}</p>
      </section>
    </div>
  );
}
