import fs from 'node:fs';
import path from 'node:path';

/**
 * The built web portal, `web/dist/` at the package's root, found from this file whether it runs compiled
 * (dist/src/http/) or from the sources (src/http/, in tests).
 */
export function webDistDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'web', 'dist');
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '../../../web/dist');
  }
}
