/**
 * The CSV export and the logo picker in Electron: main shows the OS dialog,
 * so the renderer never supplies a path, and main reads or writes the file.
 * The logo is read only up to its size cap; its content is checked in core.
 */
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { LOGO_LIMITS } from '../core/appraisal/logo';
import type { TextFileToSave } from '../ipc/services';

/** What the dialogs need from Electron. */
export interface FileDialogDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** Parent of the dialog. */
  window: () => BrowserWindow | null;
  /** Folder the dialogs open in (Documents). */
  defaultDir: () => string;
}

/** `saveTextFile` for the backend: save dialog, then write UTF-8. */
export function createTextFileSaver(deps: FileDialogDeps): (file: TextFileToSave) => Promise<{ saved: boolean; path: string | null }> {
  return async ({ suggestedName, extension, content }) => {
    const options: SaveDialogOptions = {
      defaultPath: join(deps.defaultDir(), `${suggestedName}.${extension}`),
      filters: [{ name: 'CSV', extensions: [extension] }],
    };
    const parent = deps.window();
    const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false, path: null };
    await writeFile(choice.filePath, content, 'utf8');
    return { saved: true, path: choice.filePath };
  };
}

/** `chooseLogoFile` for the backend: open dialog (PNG/JPEG), then at most the cap plus one byte, so an oversize file is refused unread. */
export function createLogoPicker(deps: FileDialogDeps): () => Promise<Uint8Array | null> {
  return async () => {
    const options: OpenDialogOptions = {
      defaultPath: deps.defaultDir(),
      properties: ['openFile'],
      filters: [{ name: 'PNG or JPEG', extensions: ['png', 'jpg', 'jpeg'] }],
    };
    const parent = deps.window();
    const choice = parent ? await deps.dialog.showOpenDialog(parent, options) : await deps.dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return null;
    return readCapped(path, LOGO_LIMITS.maxBytes + 1);
  };
}

/** Reads at most `limit` bytes of a file. */
export async function readCapped(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
