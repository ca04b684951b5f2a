import { sortDiagnostics, type Diagnostic } from '../diagnostics/index.ts';
import { duplicateNoticeIds, noticeIdPlace, type DeepReadonly, type NoticeIdPlace, type OrganisationDocument } from '../model/index.ts';
import { isOrganisationFile, loadProject, type InputFile, type Project } from '../project/index.ts';
import { addressProblems, noticeAddresses, type NoticeAddresses } from './notice-addresses.ts';

/**
 * What the pipeline's first stage makes of one set of files: plain data that
 * can cross from a worker thread, and, where it was made in this thread, the
 * model itself (`project`). Notices that are valid come in the order of `ids`.
 */
export interface LoadedShare {
  /** The validated model; left out when the result crosses threads. */
  readonly project?: Project;
  readonly organisations: readonly DeepReadonly<OrganisationDocument>[];
  /** Where each valid notice states its id, for the check of ids across all shares. */
  readonly ids: readonly NoticeIdPlace[];
  /** Each valid notice's page addresses (its slugs, else its id, per language), for the check of addresses across all shares; in the order of `ids`. */
  readonly addresses: readonly NoticeAddresses[];
  /** Problems with the files (invalid input). */
  readonly problems: readonly Diagnostic[];
  /** The files of this share, and how many of them are organisation files (which every share reads). */
  readonly fileCount: number;
  readonly organisationFileCount: number;
}

/** The model of all the shares, checked across them. */
export interface LoadedProject {
  /** The model of every valid notice, when all of it was made in this thread (one share). */
  readonly project?: Project;
  readonly organisations: readonly DeepReadonly<OrganisationDocument>[];
  /** Problems with the input, sorted: they keep a notice out of everything. */
  readonly problems: readonly Diagnostic[];
  readonly fileCount: number;
  /** The files of the notices left out because an earlier file has their id or one of their addresses. */
  readonly leftOut: ReadonlySet<string>;
}

/**
 * The first stage of the pipeline, on which {@link processProject} builds:
 * the files' texts into the model (YAML, schema and references). Alone it is
 * what `validate` needs, and it loads no lint or render code.
 */
export function loadShare(inputs: readonly InputFile[], locales: readonly string[]): LoadedShare & { readonly project: Project } {
  const project = loadProject(inputs, { locales });
  return {
    project,
    organisations: project.organisations.map((organisation) => organisation.document),
    ids: project.notices.map(noticeIdPlace),
    addresses: project.notices.map(noticeAddresses),
    problems: project.diagnostics,
    fileCount: project.fileCount,
    organisationFileCount: inputs.filter((input) => isOrganisationFile(input.file)).length,
  };
}

/**
 * Joins the shares' models and makes the checks that need all of them: a
 * notice id used twice, and two notices at one address in a language (by
 * their slugs, else their ids), where the first file in path order keeps it
 * and every later one is left out and reported; and a slug for a language its
 * notice does not list. {@link mergeResults} builds on it; the only place
 * these checks are made, whether there was one share or many.
 */
export function mergeLoaded(results: readonly LoadedShare[]): LoadedProject {
  const byFile = <T extends { readonly file: string }>(a: T, b: T) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const ids = results.flatMap((result) => result.ids).sort(byFile);
  const duplicateIds = duplicateNoticeIds(ids);
  const withoutDuplicateIds = new Set(duplicateIds.map((diagnostic) => diagnostic.file));
  const addresses = addressProblems(
    results
      .flatMap((result) => result.addresses)
      .filter((notice) => !withoutDuplicateIds.has(notice.file))
      .sort(byFile),
  );
  const duplicates = [...duplicateIds, ...addresses];
  const leftOut = new Set(duplicates.map((diagnostic) => diagnostic.file));
  const problems = sortDiagnostics([...results.flatMap((result) => result.problems), ...duplicates]);
  const [only] = results;
  const project =
    results.length === 1 && only?.project !== undefined
      ? { ...only.project, notices: only.project.notices.filter((notice) => !leftOut.has(notice.source.file)), diagnostics: problems }
      : undefined;
  return {
    ...(project === undefined ? {} : { project }),
    organisations: only?.organisations ?? [],
    problems,
    // every share reads the organisation files: they count once
    fileCount: results.reduce((sum, result) => sum + result.fileCount - result.organisationFileCount, 0) + (only?.organisationFileCount ?? 0),
    leftOut,
  };
}
