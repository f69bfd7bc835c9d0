/**
 * The machine coming back to the salesperson: Electron's powerMonitor reports
 * a resume from sleep ('resume') and an unlocked screen ('unlock-screen').
 * Both mean the first lookup is near and the token may have lapsed meanwhile,
 * so the backend renews it (main/core/auth/token-manager.ts decides what that
 * costs: one token request, shared when both events fire together).
 */
import type { PowerMonitor } from 'electron';

/** Calls `onWake` on every resume and unlock; returns a function that stops listening. */
export function listenForWake(powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>, onWake: () => void): () => void {
  const listener = () => onWake();
  powerMonitor.on('resume', listener);
  powerMonitor.on('unlock-screen', listener);
  return () => {
    powerMonitor.removeListener('resume', listener);
    powerMonitor.removeListener('unlock-screen', listener);
  };
}
