const { app, BrowserWindow, ipcMain } = require("electron");
const path = require("node:path");
const store = require("./src/notes-store");

function createWindow() {
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    webPreferences: {
      preload: path.join(__dirname, "preload.js"),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
    },
  });
  win.loadFile(path.join(__dirname, "renderer", "index.html"));
  return win;
}

ipcMain.handle("notes:list", () => store.listNotes());
ipcMain.handle("notes:read", (_event, id) => store.readNote(id));
ipcMain.handle("notes:save", (_event, id, body) => store.saveNote(id, body));

app.whenReady().then(() => {
  createWindow();
  app.on("activate", () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
