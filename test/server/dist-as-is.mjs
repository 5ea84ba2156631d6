// Test-server middleware that serves dist/ byte for byte, as a CDN or a partner's web host does:
// the test server's own transforms (esbuild on every script, its socket script in every page)
// would otherwise change the files, and with them their Subresource Integrity hashes.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

export function distAsIs(projectRoot) {
  const distRoot = resolve(projectRoot, 'dist');
  return async function distAsIsMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/dist/')) return next();
    let file;
    try {
      file = resolve(distRoot, `.${decodeURIComponent(ctx.path.slice('/dist'.length))}`);
    } catch {
      return next();
    }
    if (!file.startsWith(distRoot + sep)) return next();
    if (ctx.path.endsWith('/')) file = resolve(file, 'index.html');
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return next();
    ctx.type = extname(file);
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = createReadStream(file);
  };
}
