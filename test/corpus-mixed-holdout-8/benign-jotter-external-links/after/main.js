const { app, BrowserWindow, ipcMain, shell } = require("electron");
const path = require("node:path");
const store = require("./src/notes-store");

const SAFE_PROTOCOLS = new Set(["https:", "http:", "mailto:"]);

function openExternalSafely(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (SAFE_PROTOCOLS.has(parsed.protocol)) shell.openExternal(parsed.toString());
}

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
  win.webContents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: "deny" };
  });
  win.webContents.on("will-navigate", (event, url) => {
    event.preventDefault();
    openExternalSafely(url);
  });
  win.loadFile(path.join(__dirname, "renderer", "index.html"));
  return win;
}

ipcMain.handle("notes:list", () => store.listNotes());
ipcMain.handle("notes:read", (_event, id) => store.readNote(id));
ipcMain.handle("notes:save", (_event, id, body) => store.saveNote(id, body));
ipcMain.handle("notes:create", () => store.createNote());

app.whenReady().then(() => {
  createWindow();
  app.on("activate", () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
