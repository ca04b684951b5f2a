// `node scripts/bench/parse.ts`: how long reading a notice takes, against the
// YAML readers underneath. For the seed notice and for N synthetic notices
// (BENCH_N, default 1000) it times: `yaml`'s parse, its lexer and its parser
// (the syntax tree any reader built on it needs), js-yaml's load, the floor
// (yaml's parse and one compiled ajv validation), parseYaml as it was before
// the one-pass reader (from git), and parseYaml now, with the full reader it
// falls back to. A script, not a test: it prints figures and ratios, and
// asserts only that the old and new parseYaml agree.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { Lexer, parse, Parser } from 'yaml';
import { addKeywordsAndFormats } from '../../src/schema/ajv-setup.ts';
import { schemaFiles } from '../../src/schema/index.ts';
import { composeYaml } from '../../src/source/compose-yaml.ts';
import { LineIndex, parseYaml, type ParsedSource } from '../../src/source/index.ts';
import { DEFAULT_PARSE_LIMITS } from '../../src/source/yaml-reading.ts';
import { writeSyntheticNotices } from './synthetic.ts';
import { median, time } from './timing.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, 'bench-work', 'parse');
const count = Number(process.env['BENCH_N'] ?? 1000);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The last commit whose parseYaml read every file with yaml's parser and composer. */
const BEFORE = '9580269e99a171816e638b67faf73aee8c7e11d1';

type Parse = (text: string, file: string) => ParsedSource;

/** parseYaml as it was at {@link BEFORE}, written beside the benchmark with its imports pointing at src/; undefined without git. */
async function oldParseYaml(): Promise<Parse | undefined> {
  let source: string;
  try {
    source = execFileSync('git', ['show', `${BEFORE}:src/source/parse-yaml.ts`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
  const relative = source.replaceAll("from '../diagnostics/", "from '../../src/diagnostics/").replaceAll("from './", "from '../../src/source/");
  mkdirSync(work, { recursive: true });
  const file = join(work, 'old-parse-yaml.ts');
  writeFileSync(file, relative);
  const module = (await import(pathToFileURL(file).href)) as { parseYaml: Parse };
  return module.parseYaml;
}

const ajv = addKeywordsAndFormats(new Ajv2020({ strict: true, strictRequired: false }));
for (const schema of Object.values(schemaFiles)) ajv.addSchema(schema as object);
const validateNotice = ajv.getSchema('notice.schema.json');
if (validateNotice === undefined) throw new Error('no notice schema');

const seedFile = 'notices/pori-energia/markkinointi-ja-viestinta.yaml';
const seed = [{ file: seedFile, text: readFileSync(join(root, seedFile), 'utf8') }];
log(`generating ${count} synthetic notices…`);
writeSyntheticNotices(join(work, 'notices'), count);
const synthetic = readdirSync(join(work, 'notices'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.startsWith('rekisteri-'))
  .map((entry) => ({ file: join(entry.parentPath, entry.name), text: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));

const old = await oldParseYaml();
const full: Parse = (text, file) => {
  const reading = composeYaml(text, file, new LineIndex(text), DEFAULT_PARSE_LIMITS);
  return { file, text, data: reading.data, sourceMap: undefined as never, comments: reading.comments, diagnostics: reading.diagnostics };
};

// the old and the new reader must agree before their times mean anything
if (old !== undefined) {
  for (const { file, text } of [...seed, ...synthetic]) {
    const [before, now] = [old(text, file), parseYaml(text, file)];
    if (
      !isDeepStrictEqual(before.data, now.data) ||
      !isDeepStrictEqual(before.comments, now.comments) ||
      !isDeepStrictEqual(before.diagnostics, now.diagnostics)
    )
      throw new Error(`${file}: the old and new parseYaml disagree`);
  }
}

const readers: readonly (readonly [string, ((text: string, file: string) => unknown) | undefined])[] = [
  ['yaml: parse', (text) => parse(text)],
  ['yaml: Lexer only', (text) => [...new Lexer().lex(text)]],
  ['yaml: Parser only (syntax tree)', (text) => [...new Parser().parse(text)]],
  ['js-yaml: load', (text) => load(text)],
  ['floor: yaml parse + compiled ajv', (text) => validateNotice(parse(text))],
  ['parseYaml before (parser + composer)', old],
  ['parseYaml, full reader only', full],
  ['parseYaml now', parseYaml],
];

/**
 * Milliseconds each reader takes per file: after a warm-up pass, five rounds
 * in which every reader reads the files in turn (so that a busy machine slows
 * them alike), and the median of each reader's five.
 */
function perFile(files: readonly { file: string; text: string }[], passes: number): (number | undefined)[] {
  const pass = (read: (text: string, file: string) => unknown) => () => {
    for (let repeat = 0; repeat < passes; repeat += 1) for (const { file, text } of files) read(text, file);
  };
  const timed = readers.map(([, read]) => (read === undefined ? undefined : pass(read)));
  for (const run of timed) run?.();
  const rounds = Array.from({ length: 5 }, () => timed.map((run) => (run === undefined ? undefined : time(run))));
  return timed.map((run, index) => (run === undefined ? undefined : median(rounds.map((round) => round[index] ?? 0)) / (passes * files.length)));
}

const sets = [
  { name: 'seed notice', files: seed, passes: 100 },
  { name: `${synthetic.length} synthetic notices`, files: synthetic, passes: 1 },
] as const;
const results = sets.map((set) => {
  log(`timing the ${set.name}…`);
  return perFile(set.files, set.passes).map((ms, row) => ({ name: readers[row]?.[0] ?? '', ms }));
});

const format = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${ms.toFixed(3)} ms`);
const ratio = (value: number | undefined, base: number | undefined) => (value === undefined || base === undefined ? 'n/a' : `${(value / base).toFixed(2)}×`);
const lines = [
  `Reading notices, ms per file (median of 5 rounds), on ${cpus()[0]?.model.trim() ?? 'an unknown CPU'}, Node.js ${process.version}.`,
  `Seed: ${seedFile} (${(seed[0]?.text.length ?? 0).toLocaleString('en')} characters, 100 readings a round); synthetic: ${synthetic.length} notices (${Math.round(synthetic.reduce((sum, { text }) => sum + text.length, 0) / synthetic.length).toLocaleString('en')} characters on average, each read once a round).`,
  '',
  `| reader | ${sets.map((set) => `${set.name} | × yaml parse | × before`).join(' | ')} |`,
  `| --- | ${sets.map(() => '---: | ---: | ---:').join(' | ')} |`,
  ...readers.map(([name], row) => {
    const cells = results.map((result) => {
      const ms = result[row]?.ms;
      return `${format(ms)} | ${ratio(ms, result[0]?.ms)} | ${ratio(ms, result[5]?.ms)}`;
    });
    return `| ${name} | ${cells.join(' | ')} |`;
  }),
  '',
  old === undefined
    ? `(parseYaml before: git could not show ${BEFORE}.)`
    : 'parseYaml before and now gave the same data, comments and diagnostics for every file timed.',
];
process.stdout.write(`${lines.join('\n')}\n`);
