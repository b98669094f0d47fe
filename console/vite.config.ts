import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev --workspace console` finds the API and config.json: a running `npm start`. */
const API = process.env.CONSOLE_API ?? 'http://localhost:3000';

// One build serves both places the console lives: `npm start` serves it at /console/, and the CDK stack
// uploads it under the `console/` prefix of its bucket, so CloudFront serves it at /console/ too.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // Hot reloading while `npm start` runs: the API and the signed-in config.json come from it.
  server: { proxy: { '/orgs': API, '/console/config.json': API } },
});
