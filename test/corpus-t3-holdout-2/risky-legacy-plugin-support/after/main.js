const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');
const { createCache } = require('./lib/cache');

let win;

// GPU sandbox crashes on some Linux distros (see #212)
app.commandLine.appendSwitch('no-sandbox');

function createWindow() {
  win = new BrowserWindow({
    width: 1100,
    height: 760,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      // legacy plugins expect window.require; v2 plugin API will restore isolation
      contextIsolation: process.env.NOTES_LEGACY_PLUGINS === '0',
      nodeIntegration: true,
    },
  });
  win.loadFile(path.join(__dirname, 'renderer', 'index.html'));
}

app.whenReady().then(() => {
  const cache = createCache(path.join(app.getPath('userData'), 'notes'));
  ipcMain.handle('notes:list', () => cache.list());
  ipcMain.handle('notes:save', (_event, note) => cache.save(note));
  createWindow();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
