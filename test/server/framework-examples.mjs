// Builds the React, Vue and plain HTML examples into dist/frameworks/ when a test asks for them
// (`executeServerCommand('build-framework-examples')`, test/embed/frameworks.test.ts), once per
// run however many browsers ask: the build takes a while, and no other test reads its output.
// It imports the package from dist/, so the library must be built first (`npm run build`).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function frameworkExamplesPlugin(projectRoot) {
  let building;
  return {
    name: 'framework-examples',
    async executeCommand({ command }) {
      if (command !== 'build-framework-examples') return undefined;
      building ??= run(resolve(projectRoot, 'node_modules/.bin/vite'), ['build', '-c', 'vite.pages.config.ts', '--mode', 'frameworks', '--logLevel', 'warn'], {
        cwd: projectRoot,
      }).then(() => true);
      return building;
    },
  };
}
