const { app, BrowserWindow, ipcMain, dialog } = require('electron');
const fs = require('node:fs/promises');
const path = require('node:path');

function createWindow() {
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
      // pdf.js worker needs file:// access for local previews
      sandbox: false,
      webSecurity: false,
    },
  });
  win.loadFile(path.join(__dirname, 'renderer', 'index.html'));
}

ipcMain.handle('notes:open', async () => {
  const { canceled, filePaths } = await dialog.showOpenDialog({ filters: [{ name: 'Notes', extensions: ['md', 'txt'] }] });
  if (canceled || filePaths.length === 0) return null;
  return { path: filePaths[0], content: await fs.readFile(filePaths[0], 'utf8') };
});

app.whenReady().then(createWindow);
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
