/**
 * `npm run build`: every artifact from one esbuild run each —
 * dist/addin (task pane page and bundle, checked functions.json, help page), dist/functions (the Lambda
 * bundle infra/ deploys as it is) and dist/local (the local server `npm start` runs).
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeMetafile, build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { functionsMetadata } from './functions-metadata';
import { writeScriptHashes } from './script-hashes';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const from = (...parts: string[]) => path.join(ROOT, ...parts);

/** The add-in runs in Office's browser engines (Edge WebView2, Safari's WebKit). */
const BROWSER: BuildOptions = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['es2020', 'chrome100', 'safari15'],
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Server bundles are ESM for Node; Lambda runs the latest Node.js runtime. */
const NODE: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  // Bundled CommonJS dependencies call require(); ESM output has none unless we make one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

/**
 * Which project sources each add-in bundle was built from (from esbuild's metafile), written beside the
 * deployed folder: tests that load a bundle check that none of them changed since (test/helpers).
 */
async function writeBundleInputs(metafile: Metafile): Promise<void> {
  const inputs: Record<string, string[]> = {};
  for (const [output, { inputs: used }] of Object.entries(metafile.outputs)) {
    if (output.endsWith('.map')) continue;
    inputs[path.basename(output)] = Object.keys(used).filter(
      (input) => !input.includes('node_modules') && !input.startsWith('<'), // '<define:…>' is esbuild's own
    );
  }
  await writeFile(path.join(DIST, 'addin-inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
}

async function buildAddin(): Promise<void> {
  const out = path.join(DIST, 'addin');
  // Generated from the functions' JSDoc and checked against Microsoft's format; any problem stops the build.
  const metadata = await functionsMetadata(from('addin/functions/functions.ts'));
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, 'functions.json'), metadata.json);
  const result = await build({
    ...BROWSER,
    entryPoints: {
      taskpane: from('addin/taskpane/index.tsx'),
      functions: from('addin/functions/index.ts'),
      'auth-dialog': from('addin/auth-dialog/index.ts'),
      // The .xlsx reader (exceljs, ~1 MB): loaded by the pane only when an admin imports a file.
      'import-reader': from('addin/import-reader/index.ts'),
    },
    outdir: out,
    define: { ...BROWSER.define, SPRING_ASSOCIATIONS: JSON.stringify(metadata.associations) },
    metafile: true,
  });
  await writeBundleInputs(result.metafile);
  await cp(from('addin/taskpane/taskpane.html'), path.join(out, 'taskpane.html'));
  // The page's inline-script hashes, recorded once for the content security policy (shared/http/security-headers.ts).
  writeScriptHashes(out);
  await cp(from('addin/auth-dialog/auth-dialog.html'), path.join(out, 'auth-dialog.html'));
  // The help page the manifest's SupportUrl and GetStarted LearnMoreUrl point at.
  await cp(from('addin/support/support.html'), path.join(out, 'support.html'));
  await cp(from('addin/assets'), path.join(out, 'assets'), { recursive: true });
}

/**
 * zod's namespace object is handed to `extendZodWithOpenApi(z)` by @hono/zod-openapi, so esbuild keeps all
 * of it, ~50 locales included (~260 KiB minified). The app never calls `z.locales`; zod's default English
 * messages import `locales/en.js` directly. This keeps `z.locales.en` and drops the rest.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/.test(args.importer)
        ? { path: 'zod-locales', namespace: 'zod-english-only' }
        : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: ROOT,
    }));
  },
};

/**
 * The Lambda bundle, AWS SDK included. Its folder is the asset infra/ deploys, so it holds index.mjs alone:
 * the source map goes to dist/functions-sourcemap (same depth, so its relative paths hold).
 * `SPRING_ANALYZE=1` prints esbuild's per-module size report.
 */
async function buildLambda(): Promise<number> {
  const result = await build({
    ...NODE,
    entryPoints: [from('functions/lambda.ts')],
    outfile: path.join(DIST, 'functions', 'index.mjs'),
    minify: true,
    // ESM builds of the AWS SDK (its `module` field) tree-shake far better than its CommonJS `main`.
    mainFields: ['module', 'main'],
    sourcemap: 'external',
    plugins: [zodEnglishOnly],
    metafile: true,
    write: false,
  });
  let bytes = 0;
  for (const file of result.outputFiles) {
    const target = file.path.endsWith('.map')
      ? path.join(DIST, 'functions-sourcemap', path.basename(file.path))
      : file.path;
    if (!file.path.endsWith('.map')) bytes = file.contents.byteLength;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
  if (process.env.SPRING_ANALYZE) console.log(await analyzeMetafile(result.metafile));
  return bytes;
}

async function buildLocalServer(): Promise<void> {
  // node_modules is there locally, so dependencies stay outside the bundle.
  await build({
    ...NODE,
    entryPoints: [from('functions/local/start.ts')],
    outfile: path.join(DIST, 'local', 'start.js'),
    packages: 'external',
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  await rm(DIST, { recursive: true, force: true });
  await mkdir(DIST, { recursive: true });
  const [, lambdaBytes] = await Promise.all([buildAddin(), buildLambda(), buildLocalServer()]);
  const kib = (lambdaBytes / 1024).toFixed(0);
  console.log(
    `build: dist/addin, dist/functions (Lambda bundle ${kib} KiB minified), dist/local in ${Date.now() - started} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
