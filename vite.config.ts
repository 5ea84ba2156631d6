/**
 * `vite` serves the demo gallery from demo/, importing source from src/.
 * `vite build` builds the library into dist/: one ES module per entry with a
 * stable name, shared code under dist/chunks/, dependencies bundled in, because
 * a partner page loads dist/ from a CDN without an import map.
 * `vite build --mode npm` builds what the package's `exports` name into dist/npm/: one module per
 * source file, the dependencies left as imports, so an app that uses Lit ships one Lit.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import type { OutputChunk } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';
import { defineConfig, type Plugin } from 'vite';
import { demoVue, devDistFiles, embedDataOrigins, ownModulesKeepEffects, packageSelfReference } from './vite.demo-plugins.js';

const projectRoot = import.meta.dirname;

/** dist/<name>.js for each; the loader must stay tiny, so it only imports the others dynamically. */
const entries = {
  'ahrca-widgets': resolve(projectRoot, 'src/ahrca-widgets.ts'),
  index: resolve(projectRoot, 'src/index.ts'),
  'appeal-banner': resolve(projectRoot, 'src/components/appeal-banner/appeal-banner.ts'),
  'prisoner-card': resolve(projectRoot, 'src/components/prisoner-card/prisoner-card.ts'),
  timeline: resolve(projectRoot, 'src/components/timeline/timeline.ts'),
  'prisoner-list': resolve(projectRoot, 'src/components/prisoner-list/prisoner-list.ts'),
};

/**
 * Writes dist/.vite/modules.json, chunk file to the modules bundled in it, so that
 * scripts/size-check.mjs can prove no module ships in two chunks.
 */
function moduleMap(): Plugin {
  return {
    name: 'ahrca-module-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      const modulesByChunk: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        modulesByChunk[output.fileName] = output.moduleIds
          .filter((id) => !id.startsWith('\0'))
          .map((id) => relative(projectRoot, id).replaceAll('\\', '/'))
          .sort();
      }
      this.emitFile({ type: 'asset', fileName: '.vite/modules.json', source: `${JSON.stringify(modulesByChunk, null, 2)}\n` });
    },
  };
}

/**
 * Parts a widget imports only once its data shows it needs them, by the names the loader knows
 * them by (src/ahrca-widgets.ts): it fetches them beside the data as soon as it can tell.
 */
const LAZY_PARTS: Record<string, string> = {
  engine: 'src/core/markdown-engine.ts',
  parser: 'src/core/markdown-parser.ts',
  purify: 'node_modules/dompurify/dist/purify.es.mjs',
  tjs: 'src/core/adapters/timelinejs.ts',
  window: 'src/components/timeline/virtual-window.ts',
  cards: 'src/components/timeline/media-cards.ts',
  extras: 'src/components/timeline/event-extras.ts',
  kept: 'src/core/kept-copies.ts',
};

/**
 * A module preload map, as an application bundle would get from Vite, which library mode does not
 * make: for each widget, every chunk it imports statically (else each is found only once the
 * one importing it has arrived, a round trip each on a slow link), its UI strings in each
 * language, and the lazy parts above. It goes into the loader in place of its placeholder, `'{"ahrca-files":0}'`,
 * and into dist/files.json, from which the builder prints preload hints.
 */
function preloadMap(): Plugin {
  return {
    name: 'ahrca-preload-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, OutputChunk>();
      for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
      const closure = (file: string, into = new Set<string>()): Set<string> => {
        if (into.has(file)) return into;
        into.add(file);
        for (const imported of chunks.get(file)?.imports ?? []) closure(imported, into);
        return into;
      };
      // By the end of the path: node_modules may be a link to another folder.
      const bySource = (source: string) => [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith(`/${source}`))?.fileName;
      const widgets = Object.keys(entries).filter((name) => name !== 'ahrca-widgets' && name !== 'index');
      const widgetFiles = widgets.map((name) => closure(`${name}.js`));
      const everywhere = (file: string) => widgetFiles.every((files) => files.has(file));
      const map = { w: {} as Record<string, string[]>, l: {} as Record<string, Record<string, string[]>>, p: {} as Record<string, string[]> };
      widgets.forEach((name, index) => {
        const files = widgetFiles[index]!;
        const tag = `ahrca-${name}`;
        map.w[tag] = [...files];
        const languages: Record<string, string[]> = {};
        for (const file of files) {
          for (const imported of chunks.get(file)?.dynamicImports ?? []) {
            const lang = /\/src\/core\/i18n\/strings\/([^/]+)\//.exec(chunks.get(imported)?.facadeModuleId ?? '')?.[1];
            if (lang) (languages[lang.toLowerCase()] ??= []).push(...[...closure(imported)].filter((dependency) => !files.has(dependency)));
          }
        }
        map.l[tag] = languages;
      });
      for (const [part, source] of Object.entries(LAZY_PARTS)) {
        const file = bySource(source);
        if (!file) this.error(`preloadMap: no chunk for ${source}; update LAZY_PARTS`);
        map.p[part] = [...closure(file)].filter((dependency) => !everywhere(dependency));
      }
      const loader = bundle['ahrca-widgets.js'];
      // The minifier may quote the placeholder's string with ', " (escaping its quotes) or `.
      const placeholder = /(["'`])\{\\?"ahrca-files\\?":0\}\1/;
      if (loader?.type !== 'chunk' || !placeholder.test(loader.code)) this.error('preloadMap: the loader has no file map placeholder');
      loader.code = loader.code.replace(placeholder, () => `'${JSON.stringify(map)}'`);
      this.emitFile({ type: 'asset', fileName: 'files.json', source: `${JSON.stringify(map, null, 2)}\n` });
    },
  };
}

/**
 * The library build only: src/core/schema/docs.ts becomes `docs = undefined`, so the schemas'
 * descriptions and examples (`docs?.(…)`, for the JSON Schema files and the tools) are dropped from
 * what readers download. The actions that would only carry them (`v.description(docs?.(…))`,
 * `v.examples(…)`, `v.metadata(…)`) go from the schemas' pipes too, rather than run empty at every
 * check. The dev server and the tests keep them.
 */
function schemaDocsStripped(): Plugin {
  const docsModule = resolve(projectRoot, 'src/core/schema/docs.ts');
  const schemaFolder = resolve(projectRoot, 'src/core/schema');
  return {
    name: 'ahrca-schema-docs-stripped',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      return id === docsModule ? 'export const docs = undefined;' : undefined;
    },
    transform(code, id) {
      if (!id.startsWith(`${schemaFolder}/`) || !code.includes('docs?.(')) return undefined;
      const cuts = docsOnlyActions(parseAst(code, { lang: 'ts' }) as unknown as AstNode);
      let stripped = code;
      for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) stripped = stripped.slice(0, start) + stripped.slice(end);
      return { code: stripped, map: null };
    },
  };
}

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';

/** `docs?.(…)`: documentation, `undefined` in this build. */
function isDocs(node: AstNode): boolean {
  const call = (node.type === 'ChainExpression' ? node.expression : node) as AstNode;
  return call.type === 'CallExpression' && (call.callee as AstNode).name === 'docs';
}

/** `v.description(docs?.(…))` and its like: a valibot action whose one argument is documentation. */
function isDocsOnlyAction(node: AstNode): boolean {
  const callee = node.callee as AstNode | undefined;
  const [argument, ...rest] = (node.arguments ?? []) as AstNode[];
  if (node.type !== 'CallExpression' || callee?.type !== 'MemberExpression' || !argument || rest.length > 0) return false;
  const action = (callee.property as AstNode).name as string;
  return (callee.object as AstNode).name === 'v' && ['description', 'examples', 'metadata'].includes(action) && isDocs(argument);
}

/**
 * The source ranges to cut: such actions in `v.pipe(…)` calls, each with the comma before it, and
 * the `docs?.(…)` arguments that end any other call (`localizedText(docs?.(…), 300, docs?.(…))`:
 * `undefined` either way), from the comma after the last argument kept, or, when none is kept, from
 * the opening parenthesis's inside to the closing one. Nothing inside a cut is cut again.
 */
function docsOnlyActions(root: AstNode): [number, number][] {
  const cuts: [number, number][] = [];
  const visit = (node: AstNode): void => {
    if (node.type !== 'CallExpression') {
      for (const value of Object.values(node)) {
        for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child);
      }
      return;
    }
    const callee = node.callee as AstNode;
    const items = node.arguments as AstNode[];
    let kept: AstNode[];
    if (callee.type === 'MemberExpression' && (callee.property as AstNode).name === 'pipe') {
      kept = items.filter((item, index) => {
        if (index === 0 || !isDocsOnlyAction(item)) return true;
        cuts.push([items[index - 1]!.end, item.end]);
        return false;
      });
    } else {
      let first = items.length;
      while (first > 0 && isDocs(items[first - 1]!)) first -= 1;
      // With no argument left, up to the closing parenthesis: a trailing comma goes too.
      if (first < items.length) cuts.push(first > 0 ? [items[first - 1]!.end, items.at(-1)!.end] : [items[0]!.start, node.end - 1]);
      kept = items.slice(0, first);
    }
    [callee, ...kept].forEach(visit);
  };
  visit(root);
  return cuts;
}

/**
 * The library build only: minifies the CSS inside Lit's css`…` templates, which the JS minifier
 * keeps as written (0.9 KB gzip over all widgets). Interpolations (shared token blocks) stand in
 * as custom-property declarations while esbuild minifies, and go back after. A template this does
 * not understand is left as it is.
 */
function litCssMinified(): Plugin {
  const template = /\bcss`([^`]*)`/g;
  const minify = (text: string): string => {
    const slots: string[] = [];
    const marked = text.replace(/\$\{([^{}`]*)\}/g, (_, expression: string) => `--ahrca-slot-${slots.push(expression) - 1}:0;`);
    // A block of declarations (a token set) is minified as the body of a rule.
    const rule = !marked.includes('{');
    let css = transformSync(rule ? `x{${marked}}` : marked, { loader: 'css', minify: true, logLevel: 'silent' }).code.trim();
    if (rule) css = css.slice(2, -1);
    const restored = css.replace(/--ahrca-slot-(\d+):0;?/g, (_, index: string) => `\${${slots[Number(index)]}};`);
    return slots.every((_, index) => !restored.includes(`--ahrca-slot-${index}:`)) ? restored : text;
  };
  return {
    name: 'ahrca-lit-css-minified',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return { code: code.replace(template, (_, text: string) => `css\`${minify(text)}\``), map: null };
    },
  };
}

/**
 * The npm build's entries: the package entry, and for each widget the file that defines its tag and
 * the class alone (`ahrca-widgets/timeline.component`), which defines nothing.
 */
const npmEntries = [
  resolve(projectRoot, 'src/index.ts'),
  ...Object.values(entries)
    .filter((file) => file.includes('/components/'))
    .flatMap((file) => [file, file.replace(/\.ts$/, '.component.ts')]),
];

/** The package's dependencies and their subpaths (`lit/decorators.js`): imports in the npm build. */
const dependencies = Object.keys(
  (JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
);
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * dist/npm/ mirrors src/ file for file, so that `sideEffects` can name exactly the files that
 * define tags: a chunk that merged a define with shared code would be dropped by a bundler that
 * trusts `sideEffects`, or keep the whole chunk. Not minified: the app's bundler minifies.
 */
const npmBuild = defineConfig({
  root: projectRoot,
  publicDir: false,
  plugins: [schemaDocsStripped(), litCssMinified(), ownModulesKeepEffects()],
  build: {
    outDir: resolve(projectRoot, 'dist/npm'),
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    reportCompressedSize: false,
    lib: { entry: npmEntries, formats: ['es'] },
    rolldownOptions: {
      external: isDependency,
      preserveEntrySignatures: 'strict',
      output: { preserveModules: true, preserveModulesRoot: resolve(projectRoot, 'src'), entryFileNames: '[name].js' },
    },
  },
});

export default defineConfig(({ command, mode }) =>
  mode === 'npm'
    ? npmBuild
    : {
        root: command === 'serve' ? resolve(projectRoot, 'demo') : projectRoot,
        // Several pages (gallery, later the builder and the iframe page); a missing file is a 404, not the gallery.
        appType: 'mpa',
        publicDir: false,
        // On the dev server, also the builder, the embed page and the framework examples (demo/frameworks/).
        plugins: [
          moduleMap(),
          preloadMap(),
          schemaDocsStripped(),
          litCssMinified(),
          ownModulesKeepEffects(),
          packageSelfReference('source', entries),
          demoVue(),
          devDistFiles(),
          embedDataOrigins(),
        ],
        build: {
          outDir: resolve(projectRoot, 'dist'),
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          // dist/.vite/manifest.json: scripts/bench.mjs and size-check.mjs follow its import graph.
          manifest: true,
          // Comments are stripped below, so the bundled dependencies' licences go to one file.
          license: { fileName: 'THIRD-PARTY-LICENSES.md' },
          reportCompressedSize: false,
          // Library mode: no module-preload helper in the loader, and Lit resolves to its production build.
          lib: { entry: entries, formats: ['es'] },
          rolldownOptions: {
            // An entry chunk may carry exports that other chunks need, so a page with one
            // widget fetches the loader and that widget's file, not a facade plus a chunk.
            preserveEntrySignatures: 'allow-extension',
            output: {
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Vite keeps whitespace and annotations in ES library builds for downstream
              // bundlers; these files are also served to browsers as they are, so minify fully.
              minify: true,
              comments: false,
              // What every widget uses (Lit, valibot, the base element, the English strings) in one shared
              // chunk, `lit-base`: until issue #18 it took the name of one module in it, `styles`. Without this, a chunk loaded later that imports from it (the long
              // timeline's checks) made Rolldown split valibot or Lit into chunks of their own: one more
              // file and about 0.4 KB more on every widget's page. Five: the four widgets and index.js.
              // What the appeal banner and the people widgets share, but not the timeline (durations,
              // images from the data): named for what it holds, not for the first module in it.
              codeSplitting: {
                groups: [
                  { name: 'lit-base', minShareCount: 5 },
                  { name: 'banner-people', test: /\/src\/(components\/shared\/data-image|core\/i18n\/(strings\/(en\/)?)?durations)\.ts$/ },
                ],
              },
            },
          },
        },
      },
);
