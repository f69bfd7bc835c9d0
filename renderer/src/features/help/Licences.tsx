/**
 * The open-source licences inside the app (dist/renderer/licences.json,
 * written at build time by scripts/licences.mjs). Each package opens to show
 * its licence text.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAboutStore } from '../../stores/about';

/** The licence list. */
export function Licences() {
  const { t } = useTranslation();
  const licences = useAboutStore((state) => state.licences);
  const loadLicences = useAboutStore((state) => state.loadLicences);
  useEffect(() => void loadLicences(), [loadLicences]);

  return (
    <section className="panel" aria-labelledby="about-licences">
      <h2 id="about-licences" className="section-heading">
        {t('about.licences')}
      </h2>
      <p className="muted small">{t('about.licencesIntro')}</p>
      {licences.status === 'loading' ? <p>{t('about.licencesLoading')}</p> : null}
      {licences.status === 'missing' ? <p>{t('about.licencesMissing')}</p> : null}
      <ul className="licence-list" data-testid="licence-list">
        {licences.packages.map((entry) => (
          <li key={`${entry.name}@${entry.version}`}>
            <details>
              <summary>
                {entry.name} {entry.version} · {entry.licence}
              </summary>
              <pre className="licence-text">{entry.text}</pre>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
