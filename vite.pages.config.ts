/**
 * `vite build -c vite.pages.config.ts`, run after the library build: the pages that ship in dist/
 * beside the library. dist/builder/index.html (the snippet builder), dist/embed-resize.js (the
 * iframe helper for the page around the frame, a classic script with no import) and dist/data/
 * (the sample data the builder offers). `--mode embed`, run after it, adds dist/embed.html, the
 * iframe embed page, from src/embed/: it ships with the library, so its source lives there, and
 * Vite writes a page at its path under the build's root, hence a build with that folder as root.
 *
 * The pages load the widgets through the library's own loader, ./ahrca-widgets.js, and its chunks,
 * by relative URL: a copy of dist/ on any host works as it is. Their own scripts go to dist/pages/.
 *
 * `--mode frameworks` builds the React, Vue and plain HTML examples of demo/frameworks/ into
 * dist/frameworks/ instead, importing the package by its published names (`ahrca-widgets/timeline`)
 * from dist/ as an application would. They are not published (package.json `files`).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { demoVue, EMBED_PAGE, embedDataOrigins, ownModulesKeepEffects, packageSelfReference } from './vite.demo-plugins.js';

const projectRoot = import.meta.dirname;
const demoRoot = resolve(projectRoot, 'demo');
const distRoot = resolve(projectRoot, 'dist');

/**
 * Imports of the loader's source become imports of the built loader. Every page script lands in
 * dist/pages/, so from each of them the loader is `../ahrca-widgets.js`.
 */
function builtLoader(): Plugin {
  const loaderSource = resolve(projectRoot, 'src/ahrca-widgets.ts');
  return {
    name: 'ahrca-built-loader',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.endsWith('ahrca-widgets.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === loaderSource ? { id: '../ahrca-widgets.js', external: true } : null;
    },
  };
}

/** dist/embed-resize.js, bundled on its own as a classic script: a page adds it with a plain `<script src>`. */
function embedResizeScript(): Plugin {
  return {
    name: 'ahrca-embed-resize',
    apply: 'build',
    async generateBundle() {
      const result = await esbuild({
        absWorkingDir: projectRoot,
        entryPoints: ['src/embed/embed-resize.ts'],
        bundle: true,
        format: 'iife',
        target: 'es2020',
        minify: true,
        legalComments: 'none',
        write: false,
        logLevel: 'error',
      });
      this.emitFile({ type: 'asset', fileName: 'embed-resize.js', source: result.outputFiles[0]!.text });
    },
  };
}

/** demo/data/ → dist/data/: the sample data the builder offers, photos included, at the same relative URL as on the dev server. */
function sampleData(): Plugin {
  const from = resolve(demoRoot, 'data');
  return {
    name: 'ahrca-sample-data',
    apply: 'build',
    async generateBundle() {
      for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const file = join(entry.parentPath, entry.name);
        this.emitFile({ type: 'asset', fileName: `data/${relative(from, file).replaceAll('\\', '/')}`, source: await readFile(file) });
      }
    },
  };
}

/** What an earlier run of this build wrote; the library's files are left alone. */
function cleanPages(): Plugin {
  return {
    name: 'ahrca-clean-pages',
    apply: 'build',
    async buildStart() {
      for (const path of ['pages', 'builder', 'data', 'embed.html', 'embed-resize.js']) {
        await rm(resolve(distRoot, path), { recursive: true, force: true });
      }
    },
  };
}

/** What each mode builds: its root (a page is written at its path under it), inputs and plugins. */
function passOf(mode: string): { root: string; input: Record<string, string>; plugins: Plugin[] } {
  if (mode === 'frameworks') {
    return {
      root: resolve(demoRoot, 'frameworks'),
      input: {
        html: resolve(demoRoot, 'frameworks/html/index.html'),
        react: resolve(demoRoot, 'frameworks/react/index.html'),
        vue: resolve(demoRoot, 'frameworks/vue/index.html'),
      },
      plugins: [packageSelfReference('dist'), demoVue()],
    };
  }
  if (mode === 'embed') {
    return { root: dirname(EMBED_PAGE), input: { embed: EMBED_PAGE }, plugins: [ownModulesKeepEffects(), builtLoader(), embedDataOrigins()] };
  }
  return {
    root: demoRoot,
    input: { builder: resolve(demoRoot, 'builder/index.html') },
    plugins: [ownModulesKeepEffects(), builtLoader(), embedResizeScript(), sampleData(), cleanPages()],
  };
}

export default defineConfig(({ mode }) => {
  const frameworks = mode === 'frameworks';
  const { root, input, plugins } = passOf(mode);
  return {
    root,
    // Every URL in the pages is relative, so dist/ works from any host and path.
    base: './',
    publicDir: false,
    appType: 'mpa',
    plugins,
    build: {
      outDir: frameworks ? resolve(distRoot, 'frameworks') : distRoot,
      // The library build has just written dist/; the frameworks' own folder is theirs alone.
      emptyOutDir: frameworks,
      target: 'es2022',
      assetsDir: frameworks ? 'assets' : 'pages',
      // No module-preload helper: it would add <link> elements at run time for chunks the pages load anyway.
      modulePreload: false,
      // dist/.vite/manifest.json is the library's; these pages have none.
      manifest: false,
      license: false,
      reportCompressedSize: false,
      rolldownOptions: { input },
    },
  };
});
