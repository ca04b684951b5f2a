import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../helpers/paths.ts';

/**
 * The layers of src/ and what each may import (ARCHITECTURE.md, “Layers”):
 * an import only points down. `core` is the pure entry (src/index.ts).
 */
const allowed: Readonly<Record<string, readonly string[]>> = {
  diagnostics: [],
  source: ['diagnostics'],
  schema: ['diagnostics', 'source', 'schemas'],
  model: ['diagnostics', 'source', 'schema'],
  i18n: [],
  project: ['diagnostics', 'source', 'schema', 'model'],
  diff: ['diagnostics', 'source', 'schema', 'model', 'i18n'],
  lint: ['diagnostics', 'source', 'schema', 'model', 'diff'],
  render: ['diagnostics', 'source', 'model', 'i18n'],
  scaffold: ['diagnostics', 'schema', 'model', 'i18n'],
  export: ['diagnostics', 'model'],
  import: ['diagnostics', 'source', 'schema', 'model'],
  publish: ['diagnostics', 'model', 'i18n', 'project', 'render', 'export', 'diff'],
  pipeline: ['diagnostics', 'model', 'i18n', 'project', 'lint', 'export', 'publish'],
  core: ['diagnostics', 'source', 'schema', 'model', 'i18n', 'project', 'diff', 'lint', 'render', 'export', 'publish', 'pipeline'],
  node: ['diagnostics', 'source', 'schema', 'model', 'i18n', 'project', 'diff', 'lint', 'render', 'export', 'publish', 'pipeline'],
  cli: [
    'diagnostics',
    'source',
    'schema',
    'model',
    'i18n',
    'project',
    'diff',
    'lint',
    'render',
    'export',
    'publish',
    'pipeline',
    'scaffold',
    'import',
    'node',
    'package.json',
  ],
};

/** Packages only one layer may use (STYLE.md: each dependency behind one module's layer). */
const packageOwners: Readonly<Record<string, string>> = { yaml: 'source', ajv: 'schema', 'ajv-formats': 'schema', i18next: 'i18n', astro: 'node' };

const src = fromRoot('src');

function* sources(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.js')) yield path;
  }
}

/** The layer of a file: the folder under src/ it is in, `core` for src/index.ts, else what lies outside. */
function layerOf(file: string): string {
  const path = relative(src, file);
  if (path.startsWith('..')) return relative(fromRoot('.'), file).split(/[\\/]/u)[0] ?? path;
  const [first, second] = path.split(/[\\/]/u);
  return second === undefined ? 'core' : (first ?? path);
}

/** Every module a file imports or re-exports, statically or dynamically: relative paths resolved, packages by name. */
function importsOf(file: string): { readonly target: string; readonly isPackage: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gu)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
  return specifiers.map((specifier) =>
    specifier.startsWith('.')
      ? { target: normalize(join(dirname(file), specifier)), isPackage: false }
      : {
          target: specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
          isPackage: true,
        },
  );
}

const files = [...sources(src)];
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('the layers of src/', () => {
  it('import only the layers below them', () => {
    const upward = files.flatMap((file) =>
      (graph.get(file) ?? [])
        .filter((edge) => !edge.isPackage)
        .map((edge) => ({ from: layerOf(file), to: layerOf(edge.target), file: relative(src, file) }))
        .filter(({ from, to }) => from !== to && !(allowed[from] ?? []).includes(to))
        .map(({ from, to, file: where }) => `${where}: ${from} imports ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it('keep each of yaml, ajv, i18next and astro behind one layer', () => {
    const strays = files.flatMap((file) =>
      (graph.get(file) ?? [])
        .filter((edge) => edge.isPackage && packageOwners[edge.target] !== undefined && packageOwners[edge.target] !== layerOf(file))
        .map((edge) => `${relative(src, file)} imports ${edge.target}`),
    );
    expect(strays).toEqual([]);
  });

  it('have no import cycles between modules', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      state.set(file, 'open');
      for (const { target, isPackage } of graph.get(file) ?? []) {
        if (isPackage || !graph.has(target)) continue;
        if (state.get(target) === 'open') cycles.push([...path.slice(path.indexOf(target)), target].map((step) => relative(src, step)).join(' → '));
        else if (state.get(target) === undefined) visit(target, [...path, target]);
      }
      state.set(file, 'done');
    };
    for (const file of files) if (state.get(file) === undefined) visit(file, [file]);
    expect(cycles).toEqual([]);
  });
});
