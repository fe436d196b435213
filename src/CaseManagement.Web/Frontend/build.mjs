// npm run build: bundle src/ into ../wwwroot/dist with esbuild, and copy axe-core for browser tests.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '../wwwroot/dist');
const require = createRequire(import.meta.url);
const started = performance.now();

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  absWorkingDir: here,
  // site.js + site.css (layout), viewer.js + viewer.css (audit BPMN viewer), desk.js (live queues, history first),
  // notifications.js (the staff header's live お知らせ badge), chat.js (live chat on the resident's consultation and the desk's task),
  // designer.js + designer.css (the workflow designer in Admin).
  entryPoints: ['src/site.js', 'src/site.css', 'src/viewer.js', 'src/viewer.css', 'src/desk.js', 'src/notifications.js', 'src/chat.js', 'src/designer.js', 'src/designer.css', 'src/decisions.js', 'src/decisions.css',
    'src/tryit.js'], // tryit.js (+ the tryit.css it imports): try-it runs in the designer
  outdir,
  entryNames: '[name]',
  assetNames: 'assets/[name]-[hash]',
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  legalComments: 'linked',
  logLevel: 'warning',
  loader: {
    '.woff': 'file',
    '.woff2': 'file',
    '.ttf': 'file',
    '.eot': 'file',
    '.svg': 'file',
  },
});

await copyFile(require.resolve('axe-core/axe.min.js'), path.join(outdir, 'axe.min.js'));

console.log(`frontend: built ${path.relative(process.cwd(), outdir)} in ${Math.round(performance.now() - started)} ms`);
