/// <reference types="vitest" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Quinoa runs `npm run build` in the Maven build and serves dist/. `npm run dev` proxies the BFF paths to a running
// gateway (./esurety start) so the SPA can be developed against the local stack.
const gateway = process.env.ESURETY_GATEWAY_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 1024 },
  server: {
    proxy: Object.fromEntries(['/api', '/session', '/login', '/logout', '/q'].map((p) => [p, gateway])),
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
