/**
 * Vite plugins for the demo pages, shared by the dev server and the library builds (vite.config.ts)
 * and the pages build (vite.pages.config.ts).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import type { Plugin } from 'vite';
import { EMBED_ORIGINS_VARIABLE, parseEmbedOrigins, withDataOrigins } from './src/embed/embed-origins.js';

const projectRoot = import.meta.dirname;
/** The iframe embed page, shipped as dist/embed.html: built by vite.pages.config.ts --mode embed, served by the dev server. */
export const EMBED_PAGE = resolve(projectRoot, 'src/embed/embed.html');

interface PackageJson {
  name: string;
  exports: Record<string, string | { default: string }>;
}

/**
 * Lets the framework examples import the package by its published names (`ahrca-widgets`,
 * `ahrca-widgets/timeline`), as an application does. `dist` resolves them through package.json
 * `exports` to the built files; `source` to the TypeScript each was built from, for the dev server.
 */
export function packageSelfReference(target: 'dist' | 'source', sourceOf: Record<string, string> = {}): Plugin {
  const pkg = JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as PackageJson;
  return {
    name: 'ahrca-package-self-reference',
    enforce: 'pre',
    resolveId(source) {
      if (source !== pkg.name && !source.startsWith(`${pkg.name}/`)) return null;
      const subpath = `.${source.slice(pkg.name.length)}`;
      const entry = pkg.exports[subpath];
      const file = typeof entry === 'string' ? entry : entry?.default;
      if (!file) return null;
      if (target === 'dist') return resolve(projectRoot, file);
      // dist/npm/ mirrors src/ file for file; the loader is one of the CDN build's entries.
      const npmFile = /^\.\/dist\/npm\/(.+)\.js$/.exec(file)?.[1];
      if (npmFile) return resolve(projectRoot, 'src', `${npmFile}.ts`);
      const name = /^\.\/dist\/(.+)\.js$/.exec(file)?.[1];
      return name && sourceOf[name] ? sourceOf[name] : null;
    },
  };
}

/**
 * Our own modules keep the side effects they have (a define, a string table registering itself),
 * whatever package.json `sideEffects` says: that field speaks for the published dist/ files, and
 * Rolldown would otherwise apply it to src/ and drop every module imported for its effect alone.
 * A transform's word outranks package.json's; `treeshake.moduleSideEffects` does not.
 */
export function ownModulesKeepEffects(): Plugin {
  const sourceRoot = `${resolve(projectRoot, 'src')}/`;
  return {
    name: 'ahrca-own-modules-keep-effects',
    apply: 'build',
    transform(code, id) {
      return id.startsWith(sourceRoot) ? { code, map: null, moduleSideEffects: true } : undefined;
    },
  };
}

/** Vue single-file components, with our tags left to the browser as custom elements. */
export function demoVue(): Plugin {
  return vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ahrca-') } } });
}

/**
 * On the dev server, `/ahrca-widgets.js` and `/embed-resize.js` (where the pages and the plain
 * HTML example find them in dist/) serve their sources.
 */
export function devDistFiles(): Plugin {
  const sources: Record<string, string> = {
    '/ahrca-widgets.js': resolve(projectRoot, 'src/ahrca-widgets.ts'),
    '/embed-resize.js': resolve(projectRoot, 'src/embed/embed-resize.ts'),
  };
  return {
    name: 'ahrca-dev-dist-files',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        if (Object.hasOwn(sources, path)) request.url = `/@fs${sources[path]}`;
        next();
      });
      // The embed page at /embed.html, as in dist/: its relative URLs point into src/embed/.
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== '/embed.html') return next();
        readFile(EMBED_PAGE, 'utf8')
          .then((html) => server.transformIndexHtml(`/@fs${EMBED_PAGE}`, html.replace(/(href|src)="\.\//g, `$1="/@fs${dirname(EMBED_PAGE)}/`)))
          .then((html) => response.setHeader('Content-Type', 'text/html').end(html), next);
      });
    },
  };
}

/**
 * The embed page's policy lists the data origins of AHRCA_EMBED_ORIGINS (none when unset: the page's
 * own origin only) in `connect-src` and `img-src`, where its script reads them back. A bad entry
 * stops the build or the dev server before anything is written.
 */
export function embedDataOrigins(): Plugin {
  let origins: string[];
  try {
    origins = parseEmbedOrigins(process.env[EMBED_ORIGINS_VARIABLE]);
  } catch (error) {
    // The operator who set the variable needs the one line naming the bad entry, not our stack.
    const message = (error as Error).message;
    throw Object.assign(new Error(message), { stack: `Error: ${message}` });
  }
  const policyMeta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/;
  return {
    name: 'ahrca-embed-data-origins',
    transformIndexHtml(html, { filename }) {
      if (filename !== EMBED_PAGE) return undefined;
      if (!policyMeta.test(html)) throw new Error('src/embed/embed.html has no Content-Security-Policy meta to list the data origins in');
      return html.replace(policyMeta, (_, start: string, policy: string) => `${start}${withDataOrigins(policy, origins)}"`);
    },
  };
}
