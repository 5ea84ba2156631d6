// Test-server middleware for the static renders of issue #23 (src/tools/render.ts, built into
// dist/tools by `npm run build:tools`): POST /ssr/render with a JSON list of { payload, options }
// answers a list of { html } or { error }, all rendered by one child process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

function renderInChild(root, jobs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'test/server/ssr-render-child.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`renderer exited with ${code}`))));
    child.stdin.end(JSON.stringify(jobs));
  });
}

export function ssrPages(root) {
  return async function ssrPagesMiddleware(ctx, next) {
    if (ctx.path !== '/ssr/render' || ctx.method !== 'POST') return next();
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    ctx.type = 'application/json';
    ctx.body = await renderInChild(root, JSON.parse(body));
    return undefined;
  };
}
