const { app, BrowserWindow, ipcMain, shell } = require("electron");
const fs = require("node:fs/promises");
const path = require("node:path");

const notesFile = () => path.join(app.getPath("userData"), "notes.json");

function createWindow() {
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    webPreferences: {
      preload: path.join(__dirname, "preload.js"),
      contextIsolation: true,
      nodeIntegration: false,
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith("https://")) shell.openExternal(url);
    return { action: "deny" };
  });
  win.loadFile(path.join(__dirname, "renderer", "index.html"));
}

ipcMain.handle("notes:read", async () => {
  try {
    return JSON.parse(await fs.readFile(notesFile(), "utf8"));
  } catch {
    return [];
  }
});
ipcMain.handle("notes:write", (_event, notes) => fs.writeFile(notesFile(), JSON.stringify(notes)));

app.whenReady().then(createWindow);
app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
