const { app, BrowserWindow, ipcMain } = require('electron');
const path = require('node:path');
const notes = require('./src/notes');

function createWindow() {
  const win = new BrowserWindow({
    width: 1100,
    height: 720,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
    },
  });
  win.loadFile(path.join(__dirname, 'renderer', 'index.html'));
}

const dataRoot = () => app.getPath('userData');

ipcMain.handle('notes:list', () => notes.list(dataRoot()));
ipcMain.handle('notes:read', (_event, id) => notes.read(dataRoot(), id));
ipcMain.handle('notes:save', (_event, id, body) => notes.save(dataRoot(), id, body));

app.whenReady().then(() => {
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
