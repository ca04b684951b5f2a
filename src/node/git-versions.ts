import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { loadProject, type InputFile, type Project } from '../project/index.ts';
import { installedLocales } from './locale-files.ts';
import { PathError } from './path-error.ts';
import { displayPath, MAX_FILE_BYTES } from './read-files.ts';

/** A git revision that cannot be read: git is missing, the folder is not in a repository, or the revision does not exist. */
export class RevisionError extends PathError {}

/** Runs git in a folder and returns what it printed; throws when git fails. */
function git(args: readonly string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 4 * MAX_FILE_BYTES });
}

/**
 * Checks that `revision` names a commit of the repository `cwd` is in (a
 * commit, tag or branch: `v1.2`, `HEAD~3`); throws a {@link RevisionError}
 * that says what is wrong otherwise.
 */
export function assertRevision(revision: string, cwd: string): void {
  if (revision.startsWith('-')) throw new RevisionError([revision], `Unexpected revision "${revision}": a revision does not start with "-"`);
  try {
    git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd);
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT') throw new RevisionError([revision], 'git is not installed, or not on PATH: reading earlier versions needs it');
    if (typeof stderr === 'string' && /not a git repository/iu.test(stderr))
      throw new RevisionError([revision], `${cwd} is not in a git repository: earlier versions are read from git`);
    throw new RevisionError([revision], `Unknown revision "${revision}": give a commit, tag or branch of this repository (\`git log\` lists them)`);
  }
}

/** A file's text at a revision (`git show <revision>:<path>`), or `undefined` where the revision has no such file (it was added later). */
export function fileAtRevision(file: string, revision: string, cwd: string): string | undefined {
  const path = relative(cwd, resolve(cwd, file)).split('\\').join('/');
  try {
    return git(['show', `${revision}:./${path}`], cwd);
  } catch {
    return undefined;
  }
}

/**
 * The files as they were at a revision, each with the organisation file
 * beside it at the same revision, named `<revision>:<path>` so that messages
 * say which version they are about. Files the revision does not have are
 * left out; so are files larger than a notice may be.
 */
export function filesAtRevision(files: readonly string[], revision: string, cwd: string): InputFile[] {
  assertRevision(revision, cwd);
  const wanted = new Set<string>();
  for (const file of files) {
    const absolute = resolve(cwd, file);
    wanted.add(absolute);
    for (const name of ['organisation.yaml', 'organisation.yml']) wanted.add(join(dirname(absolute), name));
  }
  return [...wanted].sort().flatMap((absolute) => {
    const text = fileAtRevision(absolute, revision, cwd);
    if (text === undefined || Buffer.byteLength(text) > MAX_FILE_BYTES) return [];
    return [{ file: `${revision}:${displayPath(absolute, cwd)}`, text }];
  });
}

/** A commit that changed a file: its hash and its date (YYYY-MM-DD, the committer's). */
export interface FileRevision {
  readonly revision: string;
  readonly date: string;
}

/** The commits that changed a file, oldest first, following it through renames: the versions a change history is made of. */
export function fileRevisions(file: string, cwd: string): FileRevision[] {
  const path = relative(cwd, resolve(cwd, file));
  try {
    const log = git(['log', '--follow', '--format=%H %cs', '--', path], cwd);
    return log
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [revision = '', date = ''] = line.split(' ');
        return { revision, date };
      })
      .reverse();
  } catch (error) {
    assertRevision('HEAD', cwd);
    throw error;
  }
}

/** A notice file as it was at a revision, with its organisation file, read and validated: the project of those two files. */
export function noticeAtRevision(file: string, revision: string, cwd: string): { readonly project: Project; readonly file: string } {
  const inputs = filesAtRevision([file], revision, cwd);
  const name = `${revision}:${displayPath(resolve(cwd, file), cwd)}`;
  if (!inputs.some((input) => input.file === name)) throw new RevisionError([file], `${file} does not exist at revision "${revision}"`);
  return { project: loadProject(inputs, { locales: installedLocales() }), file: name };
}
