/**
 * Where values come from (demo data or the dealer's AutoGrab account) and the
 * account's credentials. Secrets live only in this component's local state
 * while typed, go straight to `credentials.set`, and are cleared right after:
 * nothing stores them or shows them back; only main's masked hint is shown.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Credentials } from '../../../../preload/contract';
import { api, toAppErrorValue, unwrap } from '../../bridge';
import { formatDateTime } from '../../format';
import { useAppStore } from '../../stores/app';
import { ErrorPanel } from '../common/ErrorPanel';
import { Progress } from '../common/Progress';

type Source = 'demo' | 'account';
type Kind = Credentials['kind'];

/** The data-source and credentials section of Settings. */
export function CredentialsForm() {
  const { t } = useTranslation();
  const credentials = useAppStore((state) => state.credentials);
  const secureStorage = useAppStore((state) => state.status?.secureStorageAvailable ?? true);
  const live = useAppStore((state) => state.status?.mode === 'live');
  const setCredentials = useAppStore((state) => state.setCredentials);
  const [source, setSource] = useState<Source>(credentials?.configured || live ? 'account' : 'demo');
  const [kind, setKind] = useState<Kind>(credentials?.kind ?? 'apiKey');
  const [apiKey, setApiKey] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const clearSecrets = () => {
    setApiKey('');
    setClientId('');
    setClientSecret('');
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await action();
    } catch (caught) {
      setError(toAppErrorValue(caught));
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const input: Credentials = kind === 'apiKey' ? { kind, apiKey: apiKey.trim() } : { kind, clientId: clientId.trim(), clientSecret: clientSecret.trim() };
    // Cleared before the call resolves: the secret must not outlive the click, whatever main answers.
    clearSecrets();
    void run(async () => {
      setCredentials(await unwrap(api().credentials.set(input)));
      setMessage(t('settings.credentialsSaved'));
    });
  };

  const remove = () =>
    void run(async () => {
      setCredentials(await unwrap(api().credentials.remove()));
    });

  const incomplete = kind === 'apiKey' ? apiKey.trim() === '' : clientId.trim() === '' || clientSecret.trim() === '';

  return (
    <section className="panel" aria-labelledby="source-heading" aria-busy={busy}>
      <h2 id="source-heading" className="section-heading">
        {t('settings.source')}
      </h2>
      <fieldset className="choice-group">
        <legend className="visually-hidden">{t('settings.source')}</legend>
        <label className="choice">
          <input type="radio" name="source" value="demo" checked={source === 'demo'} onChange={() => setSource('demo')} />
          <span>
            <strong>{t('settings.demo')}</strong>
            <span className="muted block">{t('settings.demoHelp')}</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name="source" value="account" checked={source === 'account'} onChange={() => setSource('account')} />
          <span>
            <strong>{t('settings.account')}</strong>
            <span className="muted block">{t('settings.accountHelp')}</span>
          </span>
        </label>
      </fieldset>

      <p data-testid="credential-status">
        {credentials?.configured
          ? t('settings.stored', {
              kind: credentials.kind === 'oauth' ? t('settings.oauth') : t('settings.apiKey'),
              hint: credentials.hint ?? '',
              when: formatDateTime(credentials.updatedAt),
            })
          : t('settings.notStored')}
      </p>

      {source === 'demo' && credentials?.configured ? (
        <button type="button" onClick={remove} disabled={busy}>
          {t('settings.removeCredentials')}
        </button>
      ) : null}

      {source === 'account' ? (
        <form onSubmit={save} className="credentials-form" autoComplete="off">
          {!secureStorage ? <p className="issue issue-warning">{t('settings.secureStorageMissing')}</p> : null}
          <fieldset className="choice-group inline">
            <legend>{t('settings.credentialKind')}</legend>
            <label className="choice">
              <input type="radio" name="credential-kind" checked={kind === 'apiKey'} onChange={() => setKind('apiKey')} />
              {t('settings.apiKey')}
            </label>
            <label className="choice">
              <input type="radio" name="credential-kind" checked={kind === 'oauth'} onChange={() => setKind('oauth')} />
              {t('settings.oauth')}
            </label>
          </fieldset>
          {kind === 'apiKey' ? (
            <div className="field">
              <label htmlFor="api-key">{t('settings.apiKeyLabel')}</label>
              <input id="api-key" type="password" autoComplete="off" spellCheck={false} value={apiKey} onChange={(event) => setApiKey(event.target.value)} />
            </div>
          ) : (
            <>
              <div className="field">
                <label htmlFor="client-id">{t('settings.clientIdLabel')}</label>
                <input id="client-id" type="password" autoComplete="off" spellCheck={false} value={clientId} onChange={(event) => setClientId(event.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="client-secret">{t('settings.clientSecretLabel')}</label>
                <input
                  id="client-secret"
                  type="password"
                  autoComplete="off"
                  spellCheck={false}
                  value={clientSecret}
                  onChange={(event) => setClientSecret(event.target.value)}
                />
              </div>
            </>
          )}
          <p className="muted">{t('settings.secretNote')}</p>
          <div className="button-row">
            <button type="submit" className="primary" disabled={busy || incomplete}>
              {busy ? t('settings.savingCredentials') : t('settings.saveCredentials')}
            </button>
          </div>
        </form>
      ) : null}
      {busy ? <Progress>{t('common.working')}</Progress> : null}
      {message ? <p role="status">{message}</p> : null}
      {error ? <ErrorPanel error={error} /> : null}
    </section>
  );
}
