// Running the built command as a user runs it, and scratch folders for the files it reads.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = join(projectRoot, 'dist/tools/cli.js');
export const toolsUrl = new URL('../../dist/tools/index.js', import.meta.url).href;

/** Environment without the caller's colour settings, so the output is plain unless a test asks. */
function plainEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const name of ['FORCE_COLOR', 'NO_COLOR']) if (!(name in (extra ?? {}))) delete env[name];
  return env;
}

/**
 * Runs `node dist/tools/cli.js …args` in `cwd`, with `input` on standard input; resolves to its
 * exit code and output. Asynchronous, so a test's own HTTP server keeps answering meanwhile.
 */
export function run(args, { input, env, cwd = projectRoot, timeout = 20_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: plainEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ahrca-widgets ${args.join(' ')} did not finish within ${timeout} ms`));
    }, timeout);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

const scratchFolders = [];
process.on('exit', () => {
  for (const folder of scratchFolders) rmSync(folder, { recursive: true, force: true });
});

/** A scratch folder, removed when the test process ends; `files` maps relative paths to contents. */
export async function scratch(files = {}) {
  const folder = await mkdtemp(join(tmpdir(), 'ahrca-tools-'));
  scratchFolders.push(folder);
  await writeFiles(folder, files);
  return folder;
}

export async function writeFiles(folder, files) {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), content);
  }
}

/** The lines of a report, without the trailing empty one. */
export const linesOf = (text) => text.replace(/\n$/, '').split('\n');

/** A stack trace's tell-tale: `    at fn (file:line:col)`. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
