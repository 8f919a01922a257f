import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { buildMenu } from './menu';
import { loadSettings, saveSettings, type Settings } from './settings';

let mainWindow: BrowserWindow | null = null;
let settings: Settings;

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: settings.window.width,
    height: settings.window.height,
    title: 'Markpad',
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
    },
  });
  mainWindow.loadFile(path.join(__dirname, '..', 'renderer', 'index.html'));
  mainWindow.on('resize', () => {
    if (!mainWindow) return;
    const [width, height] = mainWindow.getSize();
    settings.window = { width, height };
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

ipcMain.handle('file:open', async () => {
  if (!mainWindow) return null;
  const result = await dialog.showOpenDialog(mainWindow, {
    properties: ['openFile'],
    filters: [{ name: 'Markdown', extensions: ['md', 'markdown', 'txt'] }],
  });
  if (result.canceled || result.filePaths.length === 0) return null;
  const filePath = result.filePaths[0];
  const content = await fsp.readFile(filePath, 'utf8');
  return { filePath, content };
});

ipcMain.handle('file:save', async (_event, filePath: string | null, content: string) => {
  if (!mainWindow) return null;
  let target = filePath;
  if (!target) {
    const result = await dialog.showSaveDialog(mainWindow, {
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
    if (result.canceled || !result.filePath) return null;
    target = result.filePath;
  }
  await fsp.writeFile(target, content, 'utf8');
  return target;
});

ipcMain.handle('settings:get', () => settings);

app.whenReady().then(async () => {
  settings = await loadSettings();
  buildMenu(() => mainWindow, settings);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', async () => {
  await saveSettings(settings);
  if (process.platform !== 'darwin') app.quit();
});
