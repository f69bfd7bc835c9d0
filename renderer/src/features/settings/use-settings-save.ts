/**
 * The save state every Settings form shares: whether a save is running, what
 * the last one said, and what went wrong. One hook so the three forms
 * (dealership, presets, max-offer costs) behave the same: a second submit
 * while saving is ignored, and each attempt clears the last outcome first.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AppError } from '../../../../preload/contract';

/** Sends a checked draft; resolves to the failure, or null when it was saved. */
export type SaveRequest = () => Promise<AppError | null>;

/** What {@link useSettingsSave} gives a form. */
export interface SettingsSave {
  busy: boolean;
  /** The confirmation of the last save, or null. */
  message: string | null;
  /** The failure of the last save, or null. */
  error: AppError | null;
  /**
   * Runs one save. `prepare` checks the draft (showing its problems) and
   * returns the request to send, or null when the draft has problems.
   */
  submit: (event: FormEvent | undefined, prepare: () => SaveRequest | null) => Promise<void>;
}

/** The shared save state of a Settings form; `saved` is the confirmation shown after a save. */
export function useSettingsSave(saved: string): SettingsSave {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (event: FormEvent | undefined, prepare: () => SaveRequest | null) => {
    event?.preventDefault();
    if (busy) return;
    setMessage(null);
    setError(null);
    const request = prepare();
    if (!request) return;
    setBusy(true);
    const failure = await request();
    setBusy(false);
    if (failure) setError(failure);
    else setMessage(saved);
  };

  return { busy, message, error, submit };
}
