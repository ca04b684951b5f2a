import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBundle, newestSourceTime } from '../../bin/freshness.js';
import { bundleOptions } from '../../scripts/bundle-cli.ts';
import { eagerFunctions } from '../../scripts/eager-functions.ts';
import { runCli } from '../helpers/cli.ts';
import { fromRoot, root } from '../helpers/paths.ts';

let outdir = '';
let metafile: Metafile = { inputs: {}, outputs: {} };

beforeAll(async () => {
  mkdirSync(fromRoot('test-output'), { recursive: true });
  outdir = mkdtempSync(join(fromRoot('test-output'), 'cli-bundle-'));
  ({ metafile } = await build({ ...bundleOptions(outdir), absWorkingDir: root, metafile: true, logLevel: 'silent' }));
}, 60_000);

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

/** The sources and packages in the chunks that running one command loads: the entry's, the command's, and what they import. */
function loadedBy(command: string): string[] {
  const outputs = Object.entries(metafile.outputs);
  const start = outputs.filter(([, output]) => output.entryPoint === 'src/cli/main.ts' || output.entryPoint === `src/cli/commands/${command}.ts`);
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? []) if (imported.kind === 'import-statement' && imported.external !== true) visit(imported.path);
  };
  for (const [file] of start) visit(file);
  return [...loaded].flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {}));
}

/** A bundled input as the layer of src/ or the package it belongs to. */
function origin(input: string): string {
  const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(input)?.[1];
  if (packageName !== undefined) return packageName;
  // Node's own modules, which the bundle requires
  if (input.startsWith('builtin:')) return 'node';
  return input.split('/').slice(0, 2).join('/');
}

/** Runs the bundle made for this test, as a process, with `args`. */
function runBundle(args: readonly string[]) {
  const entry = pathToFileURL(join(outdir, 'main.js')).href;
  const script = `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(process.argv.slice(1));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], { cwd: root, encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('the bundled command', () => {
  it('loads for `validate` only the YAML reader, the schema validators and the model: no lint, render or site code', () => {
    const origins = [...new Set(loadedBy('validate').map(origin))].sort();
    expect(origins).toContain('src/schema');
    expect(origins.filter((from) => /^src\/(?:lint|render|publish|diff|i18n|scaffold|import)$/u.test(from))).toEqual([]);
    expect(origins.filter((from) => !from.startsWith('src/') && !from.startsWith('schemas/') && from !== 'package.json' && from !== 'node')).toEqual([
      'ajv',
      'ajv-formats',
      'fast-deep-equal',
      'fastest-levenshtein',
      'yaml',
    ]);
  });

  it('runs the commands as the sources do', async () => {
    const seed = 'notices/pori-energia/markkinointi-ja-viestinta.yaml';
    const runs = [
      ['validate'],
      ['validate', 'test/fixtures/invalid'],
      ['validate', '--format', 'json', 'test/fixtures/invalid/wrong-type.yaml'],
      ['lint'],
      ['render', seed, '--lang', 'en'],
      ['record', seed],
    ];
    for (const args of runs) expect(runBundle(args)).toEqual(await runCli(args, root));
  }, 60_000);
});

describe('which command runs', () => {
  /** A folder with one source, a bundle stamped with that source's time, and `seloste` at `place` in it. */
  function packageFolder(place: string): { folder: string; root: string; source: string } {
    const folder = mkdtempSync(join(fromRoot('test-output'), 'package-'));
    const root = join(folder, place);
    for (const sub of ['src', 'schemas', 'lib/cli']) mkdirSync(join(root, sub), { recursive: true });
    const source = join(root, 'src', 'main.ts');
    for (const file of [join(root, 'package.json'), source, join(root, 'schemas', 'notice.schema.json')]) writeFileSync(file, '{}');
    writeFileSync(join(root, 'lib', 'cli', 'stamp.json'), JSON.stringify({ sources: newestSourceTime(root) }));
    return { folder, root, source };
  }

  /** Marks a file as changed a minute after it was made. */
  function touch(file: string): void {
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
  }

  it('where the sources may be edited (a clone), is the bundle until a source changes, then the sources', () => {
    const { folder, root, source } = packageFolder('seloste');
    try {
      expect(fileURLToPath(freshBundle(root) ?? '')).toBe(join(root, 'lib', 'cli', 'main.js'));
      touch(source);
      expect(freshBundle(root)).toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('in an installed package (in node_modules/), is the bundle it was installed with', () => {
    const { folder, root, source } = packageFolder('node_modules/seloste');
    try {
      touch(source);
      expect(fileURLToPath(freshBundle(root) ?? '')).toBe(join(root, 'lib', 'cli', 'main.js'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is the sources when there is no bundle', () => {
    const { folder, root } = packageFolder('seloste');
    try {
      rmSync(join(root, 'lib'), { recursive: true });
      expect(freshBundle(root)).toBeUndefined();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the validators as bundled', () => {
  it('hold each function in parentheses, compiled with the script, and work as before', async () => {
    const code = [
      'export const check = validate1;',
      'function validate1(data, {path=""}={}){if(data === "}"){return validate2(data.replace(/\\//g, "{"));}return /[}]/u.test(data) || data === \'"{\';}',
      'function validate2(data){return data.length / 2 > 1;}',
    ].join('');
    const eager = eagerFunctions(code, /validate\d+/u);
    expect(eager).toContain('var validate1 = (function validate1(');
    expect(eager).toContain('var validate2 = (function validate2(');
    expect(eager).toContain('export { validate1 as check };');
    const load = async (text: string) => ((await import(`data:text/javascript,${encodeURIComponent(text)}`)) as { check: (data: string) => boolean }).check;
    const [before, after] = [await load(code), await load(eager)];
    for (const data of ['}', 'a}b', '"{', 'x', '{{{{']) expect(after(data)).toBe(before(data));
  });
});
