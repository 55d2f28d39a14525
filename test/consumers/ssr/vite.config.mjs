import { defineConfig } from 'vite';

// The browser half of the server-rendered consumer: client.js (hydrate support, then the elements) as dist/client.js.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: 'client.js', output: { entryFileNames: 'client.js', chunkFileNames: 'assets/[name]-[hash].js' } },
  },
});
