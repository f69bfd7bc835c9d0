import { contextBridge, ipcRenderer, resetElectronDouble } from '../mocks/electron';
import { BRIDGE_EVENTS, BRIDGE_METHODS, INVOKE_CHANNELS } from '../../preload/contract';

type Bridge = Record<string, Record<string, (...args: unknown[]) => unknown>>;

let exposeCalls: unknown[][] = [];

beforeAll(async () => {
  (resetElectronDouble as () => void)();
  // The preload runs once, on load, like in a real renderer.
  await import('../../preload/index');
  exposeCalls = [...(contextBridge.exposeInMainWorld as unknown as ReturnType<typeof vi.fn>).mock.calls];
});

async function loadPreload(): Promise<Bridge> {
  expect(exposeCalls).toHaveLength(1);
  const [key, api] = exposeCalls[0]!;
  expect(key).toBe('dealerDesk');
  return api as Bridge;
}

describe('preload surface (checklist 3)', () => {
  test('exposes exactly the contract: one named method per channel, one subscribe per event', async () => {
    const bridge = await loadPreload();
    const expected = { ...Object.fromEntries(Object.entries(BRIDGE_METHODS).map(([ns, methods]) => [ns, Object.keys(methods).sort()])), events: Object.keys(BRIDGE_EVENTS).sort() };
    const actual = Object.fromEntries(Object.entries(bridge).map(([ns, methods]) => [ns, Object.keys(methods).sort()]));
    expect(actual).toEqual(expected);
    const names = Object.values(bridge).flatMap((methods) => Object.keys(methods));
    for (const generic of ['invoke', 'send', 'sendSync', 'on', 'once', 'ipcRenderer', 'require']) expect(names).not.toContain(generic);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  test('each method invokes its own channel with only the request', async () => {
    const bridge = await loadPreload();
    const invoke = ipcRenderer.invoke as unknown as ReturnType<typeof vi.fn>;
    for (const [ns, methods] of Object.entries(BRIDGE_METHODS)) {
      for (const [name, channel] of Object.entries(methods)) {
        invoke.mockClear();
        await bridge[ns]![name]!({ probe: name }, 'extra argument', () => 'callback');
        expect(invoke).toHaveBeenCalledWith(channel, { probe: name });
      }
    }
    expect(new Set(Object.values(BRIDGE_METHODS).flatMap((m) => Object.values(m)))).toEqual(new Set(INVOKE_CHANNELS));
  });

  test('event subscriptions deliver only the payload and unsubscribe cleanly', async () => {
    const bridge = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = bridge.events!.onNotice!(listener) as () => void;
    ipcRenderer.emit('event:notice', { sender: 'ipc-event-object' }, { kind: 'x' });
    expect(listener).toHaveBeenCalledWith({ kind: 'x' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    ipcRenderer.emit('event:notice', {}, { kind: 'y' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount('event:notice')).toBe(0);
    expect(() => bridge.events!.onUsage!('not a function')).toThrow(TypeError);
  });
});

describe('oversized requests never reach IPC', () => {
  test('a million-key object is answered VALIDATION by the bridge itself; nothing is sent to main', async () => {
    const bridge = await loadPreload();
    const invoke = ipcRenderer.invoke as unknown as ReturnType<typeof vi.fn>;
    invoke.mockClear();
    const huge: Record<string, number> = {};
    for (let index = 0; index < 1_000_000; index += 1) huge[`k${index}`] = index;
    expect(await bridge.settings!.update!(huge)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await bridge.vehicles!.search!({ search: 'x'.repeat(30_000) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(invoke).not.toHaveBeenCalled();
  });
});
