import { BrowserWindow, FakeFrame, ipcMain, resetElectronDouble, webContents } from '../../mocks/electron';
import type { FakeWebContents } from '../../mocks/electron';
import { INVOKE_CHANNELS } from '../../../preload/contract';
import { registerIpcHandlers, sendToTrusted, senderInfoOf } from '../../../main/ipc/register';
import { TrustedSenders } from '../../../main/ipc/trusted-senders';

const handlers = (ipcMain as unknown as { handlers: Map<string, (event: unknown, payload: unknown) => Promise<unknown>> }).handlers;
const newContents = () => (new BrowserWindow({}) as unknown as { webContents: FakeWebContents }).webContents;

beforeEach(() => (resetElectronDouble as () => void)());

describe('IPC registration (checklist 17, surface)', () => {
  test('ipcMain.handle is called for exactly the contract channels, and removal undoes it', () => {
    const remove = registerIpcHandlers(ipcMain as never, vi.fn(), new TrustedSenders());
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(ipcMain.on).not.toHaveBeenCalled();
    remove();
    expect(handlers.size).toBe(0);
  });

  test('each handler passes the channel, the payload and who sent it', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, data: 1 }));
    const trusted = new TrustedSenders();
    const contents = newContents();
    trusted.add(contents);
    registerIpcHandlers(ipcMain as never, dispatch, trusted);
    await handlers.get('vehicles:search')!({ sender: contents, senderFrame: contents.mainFrame }, { search: 'myvi' });
    expect(dispatch).toHaveBeenCalledWith('vehicles:search', { search: 'myvi' }, {
      url: 'app://dealer-desk/index.html',
      isMainFrame: true,
      trustedWindow: true,
      webContentsId: contents.id,
    });
  });

  test('a missing frame, a sub-frame and an unknown webContents are reported as such', () => {
    const trusted = new TrustedSenders();
    const mine = newContents();
    trusted.add(mine);
    const gone = senderInfoOf({ sender: mine, senderFrame: null } as never, trusted);
    expect(gone).toMatchObject({ url: '', isMainFrame: false });
    const sub = senderInfoOf({ sender: mine, senderFrame: new FakeFrame('app://dealer-desk/index.html', mine.mainFrame) } as never, trusted);
    expect(sub.isMainFrame).toBe(false);
    const other = senderInfoOf({ sender: mine, senderFrame: new FakeFrame('app://dealer-desk/index.html') } as never, trusted);
    expect(other.isMainFrame).toBe(false);
    mine.mainFrame.detached = true;
    expect(senderInfoOf({ sender: mine, senderFrame: mine.mainFrame } as never, trusted).isMainFrame).toBe(false);
    const stranger = newContents();
    expect(senderInfoOf({ sender: stranger, senderFrame: stranger.mainFrame } as never, trusted).trustedWindow).toBe(false);
  });

  test('events go to trusted, live windows only', () => {
    const trusted = new TrustedSenders();
    const mine = newContents();
    const closed = newContents();
    const stranger = newContents();
    trusted.add(mine);
    trusted.add(closed);
    closed.destroyed = true;
    sendToTrusted((id) => webContents.fromId(id) as never, trusted, 'event:notice', { kind: 'x' });
    expect(mine.sent).toEqual([{ channel: 'event:notice', payload: { kind: 'x' } }]);
    expect(closed.sent).toEqual([]);
    expect(stranger.sent).toEqual([]);
  });
});
