import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The portal's browser app: built into web/dist, which the server serves at `/`.
 *  `npm run web:dev` proxies the API to a portal running on PORT (default 4000). */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: { '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}` },
  },
});
