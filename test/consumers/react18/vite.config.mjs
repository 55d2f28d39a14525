import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// React and React DOM come from this folder's own node_modules (React 18, installed from its lockfile by
// test/consumers/build.mjs); everything else (Vite, the React plugin, trust-signals, @trust-signals/react) from the
// monorepo. The alias applies to every importer, the wrappers of @trust-signals/react included, so one React runs.
const own = (name) => join(import.meta.dirname, 'node_modules', name);
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react$/, replacement: own('react') },
      { find: /^react\/(.*)$/, replacement: own('react') + '/$1' },
      { find: /^react-dom$/, replacement: own('react-dom') },
      { find: /^react-dom\/(.*)$/, replacement: own('react-dom') + '/$1' },
    ],
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
