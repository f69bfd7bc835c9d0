import { EventEmitter } from 'node:events';
import { isTrustedSender, originOf } from '../../../main/ipc/sender';
import { TrustedSenders } from '../../../main/ipc/trusted-senders';

describe('originOf', () => {
  test.each(['', 'not a url', 'app://', '://dealer-desk', 'http://[::1'])('%j has no origin', (url) => {
    expect(originOf(url)).toBeNull();
  });

  test('the app scheme keeps its host and port', () => {
    expect(originOf('app://dealer-desk/index.html?x=1#y')).toBe('app://dealer-desk');
    expect(originOf('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173');
  });

  test('a garbled URL is never trusted, even when the app origin is empty', () => {
    expect(isTrustedSender({ url: 'not a url', isMainFrame: true, trustedWindow: true }, '')).toBe(false);
  });
});

describe('TrustedSenders', () => {
  const contents = (id: number) => Object.assign(new EventEmitter(), { id });

  test('a window is trusted from creation until it is destroyed, and only that window', () => {
    const trusted = new TrustedSenders();
    const main = contents(7);
    const other = contents(8);
    trusted.add(main);
    trusted.add(other);
    expect(trusted.has(7)).toBe(true);
    main.emit('destroyed');
    expect(trusted.has(7)).toBe(false);
    expect(trusted.has(8)).toBe(true);
    expect(trusted.list()).toEqual([8]);
    other.emit('closed');
    expect(trusted.list()).toEqual([8]);
  });
});
