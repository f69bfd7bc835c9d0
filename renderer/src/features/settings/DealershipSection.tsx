/**
 * "Your dealership": the name, SSM number, address and phone printed on the
 * customer offer, the salesperson on this computer and how long offers stand.
 * Checked before sending (the problem shows under its field); fields the
 * administrator's policy fixes are read-only with the lock note.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEALERSHIP_TEXT_LIMITS } from '../../../../main/core/appraisal/types';
import type { DealershipProfile, DealershipSettings } from '../../../../preload/contract';
import { useAppraisalStore } from '../../stores/appraisal';
import { ErrorPanel } from '../common/ErrorPanel';
import { describedBy, FieldProblem, focusFirstProblem, LockNote } from './fields';
import { LogoPicker } from './LogoPicker';
import { checkProfile, profileDraft } from './settings-checks';
import type { Problem, ProfileDraft } from './settings-checks';
import { SaveFooter } from './SaveFooter';
import { useSettingsSave } from './use-settings-save';

type ProfileKey = keyof DealershipProfile;

/** The fields in the order of the letterhead, with how each is typed. */
const FIELDS: ReadonlyArray<{ key: ProfileKey; multiline?: boolean; inputMode?: 'tel' | 'numeric'; maxLength: number }> = [
  { key: 'name', maxLength: DEALERSHIP_TEXT_LIMITS.name },
  { key: 'ssm', maxLength: DEALERSHIP_TEXT_LIMITS.ssm },
  { key: 'address', multiline: true, maxLength: DEALERSHIP_TEXT_LIMITS.address },
  { key: 'phone', inputMode: 'tel', maxLength: DEALERSHIP_TEXT_LIMITS.phone },
  { key: 'salesperson', maxLength: DEALERSHIP_TEXT_LIMITS.salesperson },
  { key: 'offerValidityDays', inputMode: 'numeric', maxLength: 3 },
];

function ProfileForm({ settings }: { settings: DealershipSettings }) {
  const { t } = useTranslation();
  const updateDealership = useAppraisalStore((state) => state.updateDealership);
  const [draft, setDraft] = useState<ProfileDraft>(() => profileDraft(settings.profile));
  const [problems, setProblems] = useState<Partial<Record<ProfileKey, Problem>>>({});
  const { busy, message, error, submit } = useSettingsSave(t('settingsSections.dealership.saved'));
  const locked = new Set(settings.locks.fields);
  const everyFieldLocked = FIELDS.every(({ key }) => locked.has(key));

  const check = () => {
    const checked = checkProfile(draft);
    setProblems(checked.ok ? {} : checked.problems);
    if (!checked.ok) {
      focusFirstProblem(
        FIELDS.map(({ key }) => key),
        checked.problems,
        (key) => `dealership-${key}`,
      );
      return null;
    }
    // Locked fields are the policy's: sending them, even unchanged, would be refused.
    const patch = Object.fromEntries(Object.entries(checked.value).filter(([key]) => !locked.has(key as ProfileKey)));
    return () => updateDealership({ profile: patch });
  };

  return (
    <form onSubmit={(event) => void submit(event, check)} noValidate aria-busy={busy}>
      <div className="field-grid">
        {FIELDS.map(({ key, multiline, inputMode, maxLength }) => {
          const id = `dealership-${key}`;
          const isLocked = locked.has(key);
          const common = {
            id,
            value: draft[key],
            maxLength,
            readOnly: isLocked,
            'aria-invalid': problems[key] ? true : undefined,
            'aria-describedby': describedBy(key === 'ssm' && `${id}-hint`, problems[key] && `${id}-problem`, isLocked && `${id}-lock`),
            onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value })),
          };
          return (
            <div className={multiline ? 'field field-wide' : 'field'} key={key}>
              <label htmlFor={id}>{t(`settingsSections.dealership.${key}`)}</label>
              {multiline ? <textarea rows={3} {...common} /> : <input type="text" inputMode={inputMode} autoComplete="off" {...common} />}
              {key === 'ssm' ? (
                <p className="muted" id={`${id}-hint`}>
                  {t('settingsSections.dealership.ssmHint')}
                </p>
              ) : null}
              <FieldProblem id={`${id}-problem`} problem={problems[key]} />
              {isLocked ? <LockNote id={`${id}-lock`} /> : null}
            </div>
          );
        })}
      </div>
      <SaveFooter
        message={message}
        problem={
          <>
            {Object.keys(problems).length > 0 ? <p className="issue issue-error">{t('settingsSections.dealership.fix')}</p> : null}
            {error ? <ErrorPanel error={error} /> : null}
          </>
        }
        locked={everyFieldLocked}
        busy={busy}
        label={t('settingsSections.dealership.save')}
      />
    </form>
  );
}

/** The dealership section of Settings (profile and logo). */
export function DealershipSection({ settings }: { settings: DealershipSettings }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="dealership-heading">
      <h2 id="dealership-heading" className="section-heading">
        {t('settingsSections.dealership.heading')}
      </h2>
      <p className="muted">{t('settingsSections.dealership.hint')}</p>
      <ProfileForm settings={settings} />
      <LogoPicker settings={settings} />
    </section>
  );
}
