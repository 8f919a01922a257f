import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Settings } from './settings';

type WindowGetter = () => BrowserWindow | null;

export function buildMenu(getWindow: WindowGetter, settings: Settings): Menu {
  const setTheme = (theme: 'light' | 'dark') => {
    settings.theme = theme;
    getWindow()?.webContents.send('theme:changed', theme);
  };

  const MIN_FONT = 10;
  const MAX_FONT = 28;
  const setFontSize = (size: number) => {
    settings.fontSize = Math.min(MAX_FONT, Math.max(MIN_FONT, size));
    getWindow()?.webContents.send('font:changed', settings.fontSize);
  };

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => getWindow()?.webContents.send('menu:open') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => getWindow()?.webContents.send('menu:save') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Light Theme', type: 'radio', checked: settings.theme === 'light', click: () => setTheme('light') },
        { label: 'Dark Theme', type: 'radio', checked: settings.theme === 'dark', click: () => setTheme('dark') },
        { type: 'separator' },
        { label: 'Larger Text', accelerator: 'CmdOrCtrl+Shift+=', click: () => setFontSize(settings.fontSize + 1) },
        { label: 'Smaller Text', accelerator: 'CmdOrCtrl+Shift+-', click: () => setFontSize(settings.fontSize - 1) },
        { label: 'Reset Text Size', click: () => setFontSize(15) },
        { type: 'separator' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'resetZoom' },
        { type: 'separator' },
        { role: 'toggleDevTools' },
      ],
    },
  ];

  const menu = Menu.buildFromTemplate(template);
  Menu.setApplicationMenu(menu);
  return menu;
}
