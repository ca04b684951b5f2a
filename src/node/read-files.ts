import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { visible, type Diagnostic } from '../diagnostics/index.ts';
import { LineIndex } from '../source/index.ts';
import type { InputFile } from '../project/index.ts';
import { CONFIG_FILE } from './config-file.ts';
import { PathError } from './path-error.ts';

/** Largest notice or organisation file read; real ones are a few tens of kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

const YAML_FILE = /\.ya?ml$/iu;

/** Paths that could not be read as asked: they do not exist, or hold no YAML file. */
export class MissingPathError extends PathError {
  constructor(paths: readonly string[], message = `No such file or directory: ${paths.map(visible).join(', ')}`) {
    super(paths, message);
  }
}

/** The folder beside the notices that holds their earlier versions (`versions/<notice-id>/<date>.yaml`): not notices to publish. */
export const VERSIONS_FOLDER = 'versions';

/**
 * The YAML files named by `paths`: files as given, directories searched
 * recursively (skipping hidden folders, node_modules and seloste's own
 * configuration file). Each notice's
 * `organisation.yaml` is added when it sits beside it. Sorted, without repeats.
 */
export function collectYamlFiles(paths: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  const missing: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      missing.push(path);
      continue;
    }
    if (isDirectory) for (const file of walk(absolute, new Set([realpathSync(absolute)]))) found.add(file);
    else if (!YAML_FILE.test(absolute)) throw new PathError([path], `${visible(path)} is not a YAML file: give notice files (.yaml) or the folder they are in`);
    else {
      found.add(absolute);
      for (const name of ['organisation.yaml', 'organisation.yml']) {
        const sibling = join(absolute, '..', name);
        if (isFile(sibling)) found.add(sibling);
      }
    }
  }
  if (missing.length > 0) throw new MissingPathError(missing);
  if (found.size === 0)
    throw new MissingPathError(
      paths,
      `No YAML files in ${paths.map(visible).join(', ')}: give the folder of your notices (notices/ by default) or a notice file`,
    );
  return [...found].sort();
}

/**
 * Reads files as UTF-8 text. A file too large or not valid UTF-8 becomes a
 * diagnostic instead of an input; nothing throws for bad content.
 */
export function readInputFiles(files: readonly string[], cwd: string): { inputs: InputFile[]; diagnostics: Diagnostic[] } {
  const inputs: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const absolute of files) {
    const file = displayPath(absolute, cwd);
    const linkProblem = symbolicLinkProblem(absolute, cwd);
    if (linkProblem !== undefined) {
      diagnostics.push(fileProblem(file, linkProblem.ruleId, linkProblem.message));
      continue;
    }
    const stats = statSync(absolute);
    if (!stats.isFile()) {
      // a folder, a named pipe (which would wait for a writer forever) or a device such as /dev/zero (which never ends)
      diagnostics.push(fileProblem(file, 'not-a-file', `Not a regular file: ${visible(file)} is ${kindOf(stats)}; seloste reads only ordinary files`));
      continue;
    }
    const size = stats.size;
    if (size > MAX_FILE_BYTES) {
      diagnostics.push(
        fileProblem(
          file,
          'file-too-large',
          `File too large: ${(size / 1024 / 1024).toFixed(1)} MB, a notice file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB; split it or remove what does not belong in it`,
        ),
      );
      continue;
    }
    const bytes = readFileSync(absolute);
    try {
      inputs.push({ file, text: decoder.decode(bytes) });
    } catch {
      const lenient = new TextDecoder('utf-8').decode(bytes);
      const offset = Math.max(0, lenient.indexOf('\uFFFD'));
      const start = new LineIndex(lenient).positionAt(offset);
      diagnostics.push({
        ruleId: 'invalid-encoding',
        severity: 'error',
        message: 'Invalid UTF-8: the file has bytes that are not text in UTF-8; save it as UTF-8',
        file,
        start,
        end: start,
      });
    }
  }
  return { inputs, diagnostics };
}

/** The YAML files under `paths`, read: the inputs, the problems reading them, and how many files there were. */
export function readNoticeFiles(paths: readonly string[], cwd: string): { inputs: InputFile[]; diagnostics: Diagnostic[]; fileCount: number } {
  const { inputs, diagnostics } = readInputFiles(collectYamlFiles(paths, cwd), cwd);
  return { inputs, diagnostics, fileCount: inputs.length + diagnostics.length };
}

/** A path relative to the working directory when inside it, else absolute. */
export function displayPath(absolute: string, cwd: string): string {
  const relativePath = relative(cwd, absolute);
  return relativePath === '' || relativePath.startsWith('..') || isAbsolute(relativePath) ? absolute : relativePath;
}

/**
 * The YAML files under a folder. A symbolic link named like a YAML file is
 * yielded whatever it points to, so that reading it reports a dangling link
 * or one that leaves the project; a link to a folder is followed once.
 */
function* walk(directory: string, visited: Set<string>): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === CONFIG_FILE || (entry.isDirectory() && entry.name === VERSIONS_FOLDER))
      continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path, visited);
    else if (entry.isFile() && YAML_FILE.test(entry.name)) yield path;
    else if (entry.isSymbolicLink()) yield* linked(path, visited);
  }
}

function* linked(path: string, visited: Set<string>): Generator<string> {
  if (YAML_FILE.test(path)) {
    yield path;
    return;
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    yield path; // dangling: reading it says so
    return;
  }
  if (visited.has(real) || !statSync(real).isDirectory()) return;
  visited.add(real);
  yield* walk(path, visited);
}

/**
 * Why a file reached through a symbolic link is not read: the link dangles,
 * or it leads out of the project (the working folder), where seloste does
 * not publish from. A link inside the project is followed.
 */
function symbolicLinkProblem(absolute: string, cwd: string): { ruleId: string; message: string } | undefined {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    if (!lstatSafe(absolute)?.isSymbolicLink()) return undefined;
    return {
      ruleId: 'dangling-link',
      message: `Dangling symbolic link: ${visible(displayPath(absolute, cwd))} points to ${visible(readlinkSync(absolute))}, which does not exist; fix the link or remove it`,
    };
  }
  // a path given outside the project is read where it is; one inside must not lead out through a link
  const inside = (path: string, root: string) => path === root || path.startsWith(`${root}${sep}`);
  if (!inside(absolute, resolve(cwd)) || inside(real, realpathSync(cwd))) return undefined;
  return {
    ruleId: 'link-outside-project',
    message: `Unexpected symbolic link out of the project: ${visible(displayPath(absolute, cwd))} points to ${visible(real)}; copy the file into the project instead`,
  };
}

function lstatSafe(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** What a path that is not a regular file is, for messages. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function fileProblem(file: string, ruleId: string, message: string): Diagnostic {
  return { ruleId, severity: 'error', message, file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
