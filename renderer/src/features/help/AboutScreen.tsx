/**
 * About Dealer Desk: versions, updates, data mode, the administrator policy,
 * the data folder, "Copy diagnostics", and the open-source licences listed at
 * build time. Reached from Help → About (the app menu on macOS).
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAboutStore } from '../../stores/about';
import { formatDateTime } from '../../format';
import { ErrorPanel } from '../common/ErrorPanel';
import { Licences } from './Licences';

/** The About screen. */
export function AboutScreen() {
  const { t } = useTranslation();
  const facts = useAboutStore((state) => state.facts);
  const error = useAboutStore((state) => state.error);
  const copy = useAboutStore((state) => state.copy);
  const load = useAboutStore((state) => state.load);
  const copyDiagnostics = useAboutStore((state) => state.copyDiagnostics);
  const openDataFolder = useAboutStore((state) => state.openDataFolder);
  useEffect(() => void load(), [load]);

  return (
    <div className="screen about-screen" aria-busy={facts === null && error === null}>
      <h1>{t('about.heading')}</h1>
      {error ? <ErrorPanel error={error} /> : null}
      {facts ? (
        <>
          <section className="panel" aria-labelledby="about-versions">
            <h2 id="about-versions" className="section-heading">
              {t('about.versions')}
            </h2>
            <dl className="facts" data-testid="about-versions">
              <dt>{t('about.app')}</dt>
              <dd>{facts.versions.app}</dd>
              <dt>{t('about.electron')}</dt>
              <dd>{facts.versions.electron}</dd>
              <dt>{t('about.chromium')}</dt>
              <dd>{facts.versions.chromium}</dd>
              <dt>{t('about.node')}</dt>
              <dd>{facts.versions.node}</dd>
              <dt>{t('about.os')}</dt>
              <dd>
                {facts.os.platform} {facts.os.release} ({facts.os.arch})
              </dd>
            </dl>
          </section>
          <section className="panel" aria-labelledby="about-setup">
            <h2 id="about-setup" className="section-heading">
              {t('about.updates')} · {t('about.data')} · {t('about.policy')}
            </h2>
            <dl className="facts" data-testid="about-setup">
              <dt>{t('about.channel')}</dt>
              <dd>{facts.updates.channel}</dd>
              <dt>{t('about.lastCheck')}</dt>
              <dd>{facts.updates.lastCheckedAt ? formatDateTime(facts.updates.lastCheckedAt) : t('about.neverChecked')}</dd>
              <dt>{t('about.data')}</dt>
              <dd>{t(`about.dataMode.${facts.dataMode}`)}</dd>
              <dt>{t('about.policy')}</dt>
              <dd>
                {facts.policy.source === 'file' ? t('about.policyFile', { path: facts.policy.path }) : t('about.policyNone')}
                {facts.policy.kiosk ? <div>{t('about.kioskOn')}</div> : null}
                {facts.policy.lockedSettings.length > 0 ? <div>{t('about.locked', { list: facts.policy.lockedSettings.join(', ') })}</div> : null}
              </dd>
              <dt>{t('about.dataFolder')}</dt>
              <dd>
                <code>{facts.dataFolder}</code>
              </dd>
            </dl>
            <div className="button-row">
              <button type="button" onClick={() => void copyDiagnostics()}>
                {t('about.copyDiagnostics')}
              </button>
              <button type="button" onClick={() => void openDataFolder()}>
                {t('about.openDataFolder')}
              </button>
            </div>
            <p role="status" aria-live="polite">
              {copy === 'copied' ? t('about.copied') : copy === 'failed' ? t('about.copyFailed') : ''}
            </p>
          </section>
        </>
      ) : null}
      <Licences />
    </div>
  );
}
