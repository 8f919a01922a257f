const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');
const { createCache } = require('./lib/cache');

let win;

function createWindow() {
  win = new BrowserWindow({
    width: 1100,
    height: 760,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
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
