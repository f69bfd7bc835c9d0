import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, dialog, resetElectronDouble, webContents } from '../../mocks/electron';
import type { FakeWebContents } from '../../mocks/electron';
import { createPdfSaver } from '../../../main/adapters/pdf-report';
import { makeTempDir } from '../../fixtures/temp-dirs';

beforeEach(() => (resetElectronDouble as () => void)());

function saver() {
  const window = new BrowserWindow({}) as unknown as { webContents: FakeWebContents };
  const save = createPdfSaver({ dialog: dialog as never, fromId: (id) => webContents.fromId(id) as never, window: () => window as never, defaultDir: () => '/home/dealer/Documents' });
  const sender = { url: 'app://dealer-desk/index.html', isMainFrame: true, trustedWindow: true, webContentsId: window.webContents.id };
  return { save, sender, contents: window.webContents };
}

describe('PDF report', () => {
  test("prints the sender's page and writes it where the user chose", async () => {
    const { save, sender, contents } = saver();
    const target = join(makeTempDir('dd-pdf-'), 'out.pdf');
    (dialog as unknown as { nextSavePath: string }).nextSavePath = target;
    expect(await save({ suggestedName: 'valuation-myvi' }, sender)).toEqual({ saved: true, path: target });
    expect(contents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ printBackground: true }));
    expect(readFileSync(target, 'utf8')).toContain('%PDF');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ defaultPath: '/home/dealer/Documents/valuation-myvi.pdf' }));
  });

  test('a cancelled dialog saves nothing and prints nothing', async () => {
    const { save, sender, contents } = saver();
    expect(await save({ suggestedName: 'x' }, sender)).toEqual({ saved: false, path: null });
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });
});
