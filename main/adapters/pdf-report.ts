/**
 * `report:save-pdf` in Electron: prints the sender's own page (the valuation
 * summary, styled by the renderer's print CSS) with `webContents.printToPDF`
 * and writes it where the user chooses in the save dialog.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, Dialog, WebContents } from 'electron';
import type { SavePdfRequest, SavePdfResult } from '../../preload/contract';
import { DealerDeskError } from '../core/errors';
import type { SenderInfo } from '../ipc/sender';

/** What the PDF saver needs from Electron. */
export interface PdfDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  fromId: (id: number) => WebContents | undefined;
  /** Parent of the dialog. */
  window: () => BrowserWindow | null;
  /** Folder the dialog opens in (Documents). */
  defaultDir: () => string;
}

/** Builds the `savePdf` backend option. */
export function createPdfSaver(deps: PdfDeps): (request: SavePdfRequest, sender: SenderInfo) => Promise<SavePdfResult> {
  return async ({ suggestedName }, sender) => {
    const contents = sender.webContentsId === undefined ? undefined : deps.fromId(sender.webContentsId);
    if (!contents || contents.isDestroyed()) throw new DealerDeskError('INTERNAL', 'The window to print is gone. Try again.', { reason: 'report.windowGone' });
    const options = {
      title: 'Save valuation summary',
      defaultPath: join(deps.defaultDir(), `${suggestedName}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const parent = deps.window();
    const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false, path: null };
    const pdf = await contents.printToPDF({ printBackground: true, pageSize: 'A4' });
    await writeFile(choice.filePath, pdf);
    return { saved: true, path: choice.filePath };
  };
}
