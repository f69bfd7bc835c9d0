/**
 * "Test connection" with its outcome: pass, or fail with the meaning, the
 * next step and AutoGrab's checklist; plus the rate-limit and quota figures
 * AutoGrab last reported.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, ConnectionTestResult } from '../../../../preload/contract';
import { checkKey } from '../../i18n/main-codes';
import { useAppStore, useRegion } from '../../stores/app';
import { useDataSource } from '../../stores/settings-screen';
import { BusyButton } from '../common/BusyButton';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { usageLines } from '../common/usage';

function Usage() {
  const { t } = useTranslation();
  const usage = useAppStore((state) => state.usage);
  const region = useRegion();
  const lines = usageLines(usage, region, t);
  return (
    <div data-testid="usage">
      <h3>{t('settings.usage')}</h3>
      {lines.length === 0 ? <p className="muted">{t('settings.noUsage')}</p> : null}
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

/** The connection-test section of Settings. */
export function ConnectionTest() {
  const { t } = useTranslation();
  const testConnection = useAppStore((state) => state.testConnection);
  const source = useDataSource();
  const accountSaved = useAppStore((state) => state.credentials?.configured === true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [noAccount, setNoAccount] = useState(false);

  const test = async () => {
    setResult(null);
    setError(null);
    // With the account picked but none saved, main would test demo data: say what is missing instead.
    setNoAccount(source === 'account' && !accountSaved);
    if (source === 'account' && !accountSaved) return;
    setBusy(true);
    const outcome = await testConnection();
    if (outcome.ok) setResult(outcome.data);
    else setError(outcome.error);
    setBusy(false);
  };

  return (
    <section className="panel" aria-labelledby="connection-heading" aria-busy={busy}>
      <h2 id="connection-heading" className="section-heading">
        {t('settings.test')}
      </h2>
      <BusyButton busy={busy} onClick={() => void test()}>
        {busy ? t('settings.testing') : t('settings.test')}
      </BusyButton>
      {busy ? <Progress>{t('settings.testing')}</Progress> : null}
      <div data-testid="connection-result" aria-live="polite">
        {noAccount ? <p className="issue issue-warning">{t('settingsSections.connection.noAccount')}</p> : null}
        {result?.ok ? <p className="ok-text">{t('settings.testPassed')}</p> : null}
        {result && !result.ok ? (
          <>
            <p className="issue issue-error">{t('settings.testFailed')}</p>
            {result.error ? <ErrorPanel error={result.error} onRetry={() => void test()} /> : null}
            {result.checks.length > 0 ? (
              <>
                <h3>{t('settings.checks')}</h3>
                <ul>
                  {result.checks.map((check) => (
                    <li key={check}>{t(checkKey(check))}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
        {error ? <ErrorPanel error={error} onRetry={() => void test()} /> : null}
      </div>
      <Usage />
    </section>
  );
}
