import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app's own toolchain: Vite + the official React plugin. `trust-signals` resolves to the package's dist through
// its `exports`, as in any app that installed it.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
