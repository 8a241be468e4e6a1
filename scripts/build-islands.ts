/**
 * Builds the pages' progressive-enhancement scripts (islands/*.ts entries) into
 * public/islands/<name>-<hash>.js, minified, with a manifest (public/islands/manifest.json)
 * that pages read to name them. Hashed names, so a deployment can cache them for ever.
 * Run by `npm run build` and `npm run dev` before Next; the output is not committed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { islandEntries, islandsDir } from '../lib/islands';

const outdir = path.resolve(islandsDir);
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

async function main() {
  const result = await build({
    entryPoints: Object.fromEntries(islandEntries.map((name) => [name, `islands/${name}.ts`])),
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    outdir,
    entryNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });

  const manifest: Record<string, string> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = output.entryPoint && path.basename(output.entryPoint, '.ts');
    if (name) manifest[name] = `/islands/${path.basename(file)}`;
  }
  writeFileSync(path.join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`islands: ${Object.values(manifest).join(', ')}`);
}

void main();
