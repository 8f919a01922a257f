const { app, BrowserWindow, dialog, ipcMain } = require("electron");
const fs = require("node:fs/promises");
const path = require("node:path");
const { marked } = require("marked");
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

ipcMain.handle("notes:export", async (event, id, format) => {
  const win = BrowserWindow.fromWebContents(event.sender);
  const ext = format === "html" ? "html" : "md";
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    defaultPath: path.join(app.getPath("documents"), `${id}.${ext}`),
    filters: [{ name: ext.toUpperCase(), extensions: [ext] }],
  });
  if (canceled || !filePath) return null;
  const body = store.readNote(id);
  await fs.writeFile(filePath, ext === "html" ? marked.parse(body) : body, "utf8");
  return filePath;
});

app.whenReady().then(() => {
  createWindow();
  app.on("activate", () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
