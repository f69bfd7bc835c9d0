/**
 * Back from idle: the powerMonitor events of the electron double reach the
 * backend's wake, and stop reaching it once the app quits.
 */
import { powerMonitor, resetElectronDouble } from '../mocks/electron';
import { listenForWake } from '../../main/power-events';

afterEach(() => resetElectronDouble());

test('a resume from sleep and an unlocked screen each wake the backend; after stop, neither does', () => {
  const onWake = vi.fn();
  const stop = listenForWake(powerMonitor as never, onWake);
  powerMonitor.emit('resume');
  powerMonitor.emit('unlock-screen');
  expect(onWake).toHaveBeenCalledTimes(2);
  // Other power events (e.g. going to sleep) do not renew anything.
  powerMonitor.emit('suspend');
  powerMonitor.emit('lock-screen');
  expect(onWake).toHaveBeenCalledTimes(2);
  stop();
  powerMonitor.emit('resume');
  expect(onWake).toHaveBeenCalledTimes(2);
  expect(powerMonitor.listenerCount('resume') + powerMonitor.listenerCount('unlock-screen')).toBe(0);
});
