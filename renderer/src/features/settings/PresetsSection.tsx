/**
 * The reconditioning presets every appraisal offers with one click: each kind
 * (tyres … JPJ ownership transfer) with its default amount in whole ringgit;
 * a blank kind is not offered. Read-only with the lock note when the
 * administrator's policy fixes them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECON_PRESET_KINDS } from '../../../../main/core/appraisal/types';
import type { DealershipSettings, ReconPresetKind } from '../../../../preload/contract';
import { useAppraisalStore } from '../../stores/appraisal';
import { ErrorPanel } from '../common/ErrorPanel';
import { describedBy, FieldProblem, focusFirstProblem, LockNote } from './fields';
import { checkPresets, presetsDraft } from './settings-checks';
import type { PresetsDraft, Problem } from './settings-checks';
import { SaveFooter } from './SaveFooter';
import { useSettingsSave } from './use-settings-save';

/** The presets section of Settings. */
export function PresetsSection({ settings }: { settings: DealershipSettings }) {
  const { t } = useTranslation();
  const updateDealership = useAppraisalStore((state) => state.updateDealership);
  const [draft, setDraft] = useState<PresetsDraft>(() => presetsDraft(settings.reconPresets));
  const [problems, setProblems] = useState<Partial<Record<ReconPresetKind, Problem>>>({});
  const { busy, message, error, submit } = useSettingsSave(t('settingsSections.presets.saved'));
  const locked = settings.locks.reconPresets;

  const check = () => {
    const checked = checkPresets(draft);
    setProblems(checked.ok ? {} : checked.problems);
    if (!checked.ok) {
      focusFirstProblem(RECON_PRESET_KINDS, checked.problems, (kind) => `preset-${kind}`);
      return null;
    }
    return () => updateDealership({ reconPresets: checked.value });
  };

  return (
    <section className="panel" aria-labelledby="presets-heading" aria-busy={busy}>
      <h2 id="presets-heading" className="section-heading">
        {t('settingsSections.presets.heading')}
      </h2>
      <p className="muted">{t('settingsSections.presets.hint')}</p>
      {locked ? <LockNote id="presets-lock" /> : null}
      <form onSubmit={(event) => void submit(event, check)} noValidate>
        <div className="field-grid">
          {RECON_PRESET_KINDS.map((kind) => {
            const id = `preset-${kind}`;
            return (
              <div className="field" key={kind}>
                <label htmlFor={id}>{t('settingsSections.presets.amount', { item: t(`appraisal.presets.${kind}`) })}</label>
                <input
                  id={id}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={12}
                  value={draft[kind]}
                  readOnly={locked}
                  aria-invalid={problems[kind] ? true : undefined}
                  aria-describedby={describedBy(problems[kind] && `${id}-problem`, locked && 'presets-lock')}
                  onChange={(event) => setDraft((current) => ({ ...current, [kind]: event.target.value }))}
                />
                <FieldProblem id={`${id}-problem`} problem={problems[kind]} />
              </div>
            );
          })}
        </div>
        <SaveFooter message={message} problem={error ? <ErrorPanel error={error} /> : null} locked={locked} busy={busy} label={t('settingsSections.presets.save')} />
      </form>
    </section>
  );
}
