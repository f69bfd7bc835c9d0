/**
 * The pure bridge builder the preload and the Chromium harness share: frozen
 * namespaces, each method bound to its own channel with only the request,
 * events that refuse non-functions and hand back the subscription's
 * unsubscribe.
 */
import { buildBridge } from '../../preload/bridge';
import { BRIDGE_EVENTS, BRIDGE_METHODS } from '../../preload/contract';

type Loose = Record<string, Record<string, (...args: unknown[]) => unknown>>;

function build() {
  const invoke = vi.fn(async (channel: string, request?: unknown) => ({ channel, request }));
  const unsubscribe = vi.fn();
  const subscribe = vi.fn((_channel: string, _listener: (payload: unknown) => void) => unsubscribe);
  const bridge = buildBridge(invoke, subscribe) as unknown as Loose;
  return { bridge, invoke, subscribe, unsubscribe };
}

test('the bridge and each namespace are frozen: the page cannot add or replace a method', () => {
  const { bridge } = build();
  expect(Object.isFrozen(bridge)).toBe(true);
  for (const namespace of Object.values(bridge)) expect(Object.isFrozen(namespace)).toBe(true);
  expect(Object.keys(bridge)).toEqual([...Object.keys(BRIDGE_METHODS), 'events']);
});

test('each method resolves with what its own channel answered, given only the first argument', async () => {
  const { bridge, invoke } = build();
  for (const [namespace, methods] of Object.entries(BRIDGE_METHODS)) {
    for (const [name, channel] of Object.entries(methods)) {
      expect(await bridge[namespace]![name]!({ n: name }, 'smuggled')).toEqual({ channel, request: { n: name } });
    }
  }
  expect(invoke.mock.calls.every((call) => call.length === 2)).toBe(true);
});

test('each event subscribes on its own channel and returns that subscription', () => {
  const { bridge, subscribe, unsubscribe } = build();
  for (const [name, channel] of Object.entries(BRIDGE_EVENTS)) {
    const listener = () => undefined;
    expect(bridge.events![name]!(listener)).toBe(unsubscribe);
    expect(subscribe).toHaveBeenLastCalledWith(channel, listener);
  }
});

test('an event given something other than a function throws and subscribes nothing', () => {
  const { bridge, subscribe } = build();
  for (const name of Object.keys(BRIDGE_EVENTS)) {
    expect(() => bridge.events![name]!('not a function')).toThrow(new TypeError('Pass a function to listen to events.'));
  }
  expect(subscribe).not.toHaveBeenCalled();
});
