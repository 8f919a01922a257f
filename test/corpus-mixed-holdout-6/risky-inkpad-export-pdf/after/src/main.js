const { exec } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const { app, BrowserWindow, ipcMain } = require("electron");

const { NotesStore } = require("./notes-store");

let store;

const opener = { darwin: "open", win32: 'start ""' }[process.platform] || "xdg-open";

function revealFile(file) {
  exec(`${opener} "${file}"`);
}

async function exportPdf(win, id) {
  const out = path.join(app.getPath("documents"), "inkpad", `${store.read(id).split("\n")[0].replace(/^#\s*/, "") || id}.pdf`);
  const data = await win.webContents.printToPDF({ printBackground: true, pageSize: "A4" });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, data);
  revealFile(out);
  return out;
}

function createWindow() {
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    webPreferences: {
      preload: path.join(__dirname, "preload.js"),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: false,
      // local images referenced from notes (file://) must render in the printed PDF
      webSecurity: false,
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
  ipcMain.handle("notes:export-pdf", (e, id) => exportPdf(BrowserWindow.fromWebContents(e.sender), id));
  createWindow();
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
