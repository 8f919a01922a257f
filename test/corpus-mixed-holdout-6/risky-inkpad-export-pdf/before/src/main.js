const { app, BrowserWindow, ipcMain } = require("electron");
const path = require("node:path");

const { NotesStore } = require("./notes-store");

let store;

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

app.whenReady().then(() => {
  store = new NotesStore(path.join(app.getPath("userData"), "notes"));
  ipcMain.handle("notes:list", () => store.list());
  ipcMain.handle("notes:read", (_e, id) => store.read(id));
  ipcMain.handle("notes:save", (_e, id, body) => store.save(id, body));
  ipcMain.handle("notes:delete", (_e, id) => store.remove(id));
  createWindow();
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
