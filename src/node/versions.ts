import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { NoticeVersion } from '../diff/index.ts';
import type { Notice } from '../model/index.ts';
import { isOrganisationFile, loadProject, type InputFile } from '../project/index.ts';
import { fileAtRevision, fileRevisions, type FileRevision } from './git-versions.ts';
import { installedLocales } from './locale-files.ts';
import { MAX_FILE_BYTES, readInputFiles, VERSIONS_FOLDER } from './read-files.ts';

export { VERSIONS_FOLDER };

/** The folder beside a notice's file that holds its earlier versions, for `site.versions: folder`: `versions/<notice id>/<YYYY-MM-DD>.yaml`. */

/**
 * Where a notice's earlier versions come from (`site.versions` of the
 * project's settings): `commits`, every commit that changed the notice file;
 * `tags`, the notice file at each tag where it differs from the tag before;
 * `folder`, the files in {@link VERSIONS_FOLDER}, for projects without git.
 */
export type VersionSource = 'commits' | 'tags' | 'folder';

/** A version with the text it was read from: the file as it is now is a version of its own only where it differs from the last. */
interface ReadVersion {
  readonly version: NoticeVersion;
  readonly text: string;
}

/**
 * The versions of each notice among `inputs` (the files as read now), oldest
 * first, by notice id, the file as it is now last where it differs from the
 * version before. From git, one for each commit or tag that changed the
 * notice file, read with the organisation file of the same revision and dated
 * by its commit (YYYY-MM-DD); from the folder, one for each
 * `versions/<notice id>/<YYYY-MM-DD>.yaml` beside the notice, dated by its
 * name, read with the organisation file as it is now. Of several versions on
 * one day the last is kept, the one in force at the end of it. A version that
 * is not a valid notice is left out. Without git, or outside a repository,
 * there are no versions from git, and a notice with only one version has no
 * history: it is left out, so that a build without history is a build as
 * before.
 */
export function readNoticeVersions(inputs: readonly InputFile[], source: VersionSource, cwd: string): Map<string, NoticeVersion[]> {
  const found = new Map<string, NoticeVersion[]>();
  const tags = source === 'tags' ? tagRevisions(cwd) : [];
  for (const input of inputs) {
    if (isOrganisationFile(input.file)) continue;
    const organisation = inputs.find((file) => isOrganisationFile(file.file) && dirname(file.file) === dirname(input.file));
    const current = organisation === undefined ? undefined : noticeOf(input, organisation);
    if (current === undefined || organisation === undefined) continue;
    const earlier =
      source === 'folder'
        ? folderVersions(join(cwd, dirname(input.file), VERSIONS_FOLDER, current.id), organisation, cwd)
        : gitVersions(input.file, source === 'tags' ? tagsChanging(input.file, tags, cwd) : commitsOf(input.file, cwd), cwd);
    const versions = onePerDay([...earlier.map((entry) => entry.version), ...(earlier.at(-1)?.text === input.text ? [] : [{ notice: current }])]);
    if (versions.length > 1) found.set(current.id, versions);
  }
  return found;
}

function gitVersions(file: string, revisions: readonly FileRevision[], cwd: string): ReadVersion[] {
  return revisions.flatMap((revision): ReadVersion[] => {
    const text = fileAtRevision(file, revision.revision, cwd);
    const organisation = organisationAt(file, revision.revision, cwd);
    if (text === undefined || organisation === undefined) return [];
    const notice = noticeOf({ file: `${revision.revision}:${file}`, text }, organisation);
    return notice === undefined ? [] : [{ version: { notice, date: revision.date, revision: revision.revision }, text }];
  });
}

/** The versions in a notice's folder of versions, oldest first: the files named by a date; nothing where there is no such folder. */
function folderVersions(folder: string, organisation: InputFile, cwd: string): ReadVersion[] {
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => DATED_FILE.test(name)) : [];
  const { inputs } = readInputFiles(
    names.sort().map((name) => join(folder, name)),
    cwd,
  );
  return inputs.flatMap((input): ReadVersion[] => {
    // the organisation file as it is now, read as if beside the version: a notice's organisation is the one in its folder
    const notice = noticeOf(input, { file: join(dirname(input.file), basename(organisation.file)), text: organisation.text });
    const date = DATED_FILE.exec(basename(input.file))?.[1];
    return notice === undefined || date === undefined ? [] : [{ version: { notice, date }, text: input.text }];
  });
}

const DATED_FILE = /^(\d{4}-\d{2}-\d{2})\.ya?ml$/u;

/** Of several versions on one day, the last: the one in force at the end of it. */
function onePerDay(versions: readonly NoticeVersion[]): NoticeVersion[] {
  return versions.filter((version, index) => {
    const next = versions[index + 1];
    return next === undefined || dateOf(next) === undefined || dateOf(next) !== dateOf(version);
  });
}

// the date a version is published under: its commit's, else the notice's `lastUpdated`
function dateOf(version: NoticeVersion): string | undefined {
  return version.date ?? version.notice.document.lastUpdated;
}

function noticeOf(notice: InputFile, organisation: InputFile): Notice | undefined {
  const project = loadProject([organisation, notice], { locales: installedLocales() });
  return project.notices.length === 1 ? project.notices[0] : undefined;
}

function organisationAt(file: string, revision: string, cwd: string): InputFile | undefined {
  for (const name of ['organisation.yaml', 'organisation.yml']) {
    const path = join(dirname(file), name);
    const text = fileAtRevision(path, revision, cwd);
    if (text !== undefined && Buffer.byteLength(text) <= MAX_FILE_BYTES) return { file: `${revision}:${path}`, text };
  }
  return undefined;
}

function commitsOf(file: string, cwd: string): FileRevision[] {
  try {
    return fileRevisions(file, cwd);
  } catch {
    return []; // no git, or not a repository: no history
  }
}

/** The repository's tags, oldest first, each dated by its commit. */
function tagRevisions(cwd: string): FileRevision[] {
  try {
    const listed = execFileSync(
      'git',
      ['for-each-ref', '--sort=creatordate', '--format=%(refname:short) %(*committerdate:short)%(committerdate:short)', 'refs/tags'],
      {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return listed
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [revision = '', date = ''] = line.split(' ');
        return { revision, date };
      });
  } catch {
    return [];
  }
}

/** The tags at which a file differs from the tag before: the versions of it the tags mark. */
function tagsChanging(file: string, tags: readonly FileRevision[], cwd: string): FileRevision[] {
  let previous: string | undefined;
  return tags.filter((tag) => {
    const text = fileAtRevision(file, tag.revision, cwd);
    const changed = text !== undefined && text !== previous;
    if (text !== undefined) previous = text;
    return changed;
  });
}
