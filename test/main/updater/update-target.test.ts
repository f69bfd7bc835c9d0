import { updateTargetSupport } from '../../../main/updater/update-target';

test.each([
  ['Windows NSIS install', { platform: 'win32', env: {} }, true, null],
  ['Windows portable exe', { platform: 'win32', env: { PORTABLE_EXECUTABLE_DIR: 'D:\\Apps' } }, false, 'portable'],
  ['Microsoft Store', { platform: 'win32', env: {}, windowsStore: true }, false, 'windows-store'],
  ['macOS DMG/zip', { platform: 'darwin', env: {} }, true, null],
  ['Mac App Store', { platform: 'darwin', env: {}, mas: true }, false, 'mac-app-store'],
  ['Linux AppImage', { platform: 'linux', env: { APPIMAGE: '/opt/Dealer-Desk.AppImage' } }, true, null],
  ['Linux deb/rpm', { platform: 'linux', env: {} }, false, 'linux-package'],
  ['Snap', { platform: 'linux', env: { SNAP: '/snap/dealer-desk/1' } }, false, 'snap'],
] as const)('%s → can update: %s', (_label, facts, ok, reason) => {
  const support = updateTargetSupport(facts);
  expect(support.ok).toBe(ok);
  if (!support.ok) expect(support.reason).toBe(reason);
});
