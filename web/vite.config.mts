import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The portal's browser app: built into web/dist, which the server serves at `/`, and the GraphQL explorer
 *  (explorer.html, GraphiQL), a second entry served at GET /graphql so the public pages' bundle stays without it.
 *  `npm run web:dev` proxies the API to a portal running on PORT (default 4000). */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: { main: path.join(import.meta.dirname, 'index.html'), explorer: path.join(import.meta.dirname, 'explorer.html') },
      // GraphiQL's modules open with React Compiler's "use no memo" directive, which bundling drops harmlessly
      // (it only tells the compiler to skip a module): the warning, once per module, would bury real ones.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use no memo"')) return;
        handler(level, log);
      },
    },
  },
  server: {
    proxy: { '/graphql': `http://127.0.0.1:${process.env.PORT ?? 4000}` },
  },
});
