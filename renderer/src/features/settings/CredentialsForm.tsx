/**
 * Where values come from (demo data or the dealer's AutoGrab account) and the
 * account's credentials. The secret is typed in {@link CredentialEntry} and
 * goes straight to `credentials.set` through the app store; nothing keeps it
 * or shows it back: only main's masked hint is shown.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Credentials, CredentialStatus, Result } from '../../../../preload/contract';
import { formatDateTime } from '../../format';
import { useAppStore } from '../../stores/app';
import { useDataSource, useSettingsScreenStore } from '../../stores/settings-screen';
import type { DataSource } from '../../stores/settings-screen';
import { BusyButton } from '../common/BusyButton';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';
import { CredentialEntry } from './CredentialEntry';

function SourceChoice({ source, onChange }: { source: DataSource; onChange(source: DataSource): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-group">
      <legend className="visually-hidden">{t('settings.source')}</legend>
      <label className="choice">
        <input type="radio" name="source" value="demo" checked={source === 'demo'} onChange={() => onChange('demo')} />
        <span>
          <strong>{t('settings.demo')}</strong>
          <span className="muted block">{t('settings.demoHelp')}</span>
        </span>
      </label>
      <label className="choice">
        <input type="radio" name="source" value="account" checked={source === 'account'} onChange={() => onChange('account')} />
        <span>
          <strong>{t('settings.account')}</strong>
          <span className="muted block">{t('settings.accountHelp')}</span>
        </span>
      </label>
    </fieldset>
  );
}

function StoredCredential({ credentials }: { credentials: CredentialStatus | null }) {
  const { t } = useTranslation();
  return (
    <p data-testid="credential-status">
      {credentials?.configured
        ? t('settings.stored', {
            kind: credentials.kind === 'oauth' ? t('settings.oauth') : t('settings.apiKey'),
            hint: credentials.hint ?? '',
            when: formatDateTime(credentials.updatedAt),
          })
        : t('settings.notStored')}
    </p>
  );
}

/** The data-source and credentials section of Settings. */
export function CredentialsForm() {
  const { t } = useTranslation();
  const credentials = useAppStore((state) => state.credentials);
  const secureStorage = useAppStore((state) => state.status?.secureStorageAvailable ?? true);
  const saveCredentials = useAppStore((state) => state.saveCredentials);
  const removeCredentials = useAppStore((state) => state.removeCredentials);
  const source = useDataSource();
  const setSource = useSettingsScreenStore((state) => state.chooseSource);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (action: () => Promise<Result<CredentialStatus>>, done?: string) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    const outcome = await action();
    if (!outcome.ok) setError(outcome.error);
    else if (done) setMessage(done);
    setBusy(false);
  };

  const save = (input: Credentials) => void run(() => saveCredentials(input), t('settings.credentialsSaved'));
  const remove = () => void run(removeCredentials);

  return (
    <section className="panel" aria-labelledby="source-heading" aria-busy={busy}>
      <h2 id="source-heading" className="section-heading">
        {t('settings.source')}
      </h2>
      <SourceChoice source={source} onChange={setSource} />
      <StoredCredential credentials={credentials} />
      {source === 'demo' && credentials?.configured ? (
        <BusyButton busy={busy} onClick={remove}>
          {t('settings.removeCredentials')}
        </BusyButton>
      ) : null}
      {source === 'account' ? <CredentialEntry initialKind={credentials?.kind ?? 'apiKey'} secureStorage={secureStorage} busy={busy} onSave={save} /> : null}
      {busy ? <Progress>{t('common.working')}</Progress> : null}
      {message ? <p role="status">{message}</p> : null}
      {error ? <ErrorPanel error={error} /> : null}
    </section>
  );
}
