import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Three entries, three bundles (shared/DESIGN.md section 3): the staff app at /, the citizen
// portal at /portal/ and the offline Project 06 entry page for commune officers' phones at
// /nhap-lieu/ (its service worker is public/nhap-lieu/sw.js, copied as it is). The portal imports
// nothing from src/staff or the staff modules, so a citizen's phone downloads only the portal;
// test/portal-bundle.test.ts checks the manifest.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@/': `${root}src/` },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // The server's CSP forbids inline scripts; keep every script an external file.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        staff: `${root}index.html`,
        portal: `${root}portal/index.html`,
        offline: `${root}nhap-lieu/index.html`,
      },
      output: {
        // Run modules in exactly the order their imports say, across chunks too: the staff app
        // configures zod (src/staff/zod-setup.ts) before the shared schemas are created.
        strictExecutionOrder: true,
      },
    },
  },
  server: {
    // `npm run dev -w packages/web` next to a running `antt serve` on port 3000.
    proxy: { '/api': 'http://127.0.0.1:3000', '/open311': 'http://127.0.0.1:3000' },
  },
});
