import { dirname } from 'node:path';
import { capPerFile, code, type Diagnostic } from '../diagnostics/index.ts';
import {
  checkOrganisation,
  contradictions,
  organisationPointer,
  resolveNotice,
  type Notice,
  type NoticeDocument,
  type Organisation,
  type OrganisationDocument,
} from '../model/index.ts';
import { validateDocument } from '../schema/index.ts';
import { diagnosticAt, findDirectives, parseYaml, type ParsedSource } from '../source/index.ts';
import { unlistedTextLanguages, unsupportedLanguages } from './languages.ts';

/** A file's path (as shown in diagnostics) and its text. */
export interface InputFile {
  readonly file: string;
  readonly text: string;
}

/** Everything read from a set of notice files. */
export interface Project {
  readonly organisations: readonly Organisation[];
  /** The notices that are valid: schema, references and languages. */
  readonly notices: readonly Notice[];
  /** Problems in any file; a notice with an error is left out of `notices`. */
  readonly diagnostics: readonly Diagnostic[];
  readonly fileCount: number;
}

export interface LoadOptions {
  /** The languages seloste has standard texts for; a notice in another language is an error. */
  readonly locales?: readonly string[];
}

/** Whether a path names an organisation file rather than a notice. */
export function isOrganisationFile(file: string): boolean {
  return /(^|[\\/])organisation\.ya?ml$/iu.test(file);
}

/**
 * Reads notices and organisations from their texts: YAML, then the schema,
 * then references between them. Pure: the caller reads the files. Checks
 * across all files (a notice id used twice) are the pipeline's merge step.
 */
export function loadProject(files: readonly InputFile[], options: LoadOptions = {}): Project {
  const diagnostics: Diagnostic[] = [];
  const parsed = files.map((input) => ({ input, source: parseYaml(input.text, input.file) }));

  const organisations: Organisation[] = [];
  /** Each organisation's text as hashed, made once however many notices it has. */
  const organisationTexts = new Map<Organisation, string>();
  const brokenOrganisationFolders = new Set<string>();
  for (const { input, source } of parsed.filter(({ input }) => isOrganisationFile(input.file))) {
    const problems = capPerFile([...source.diagnostics, ...validateDocument('organisation', source)]);
    const document = source.data as unknown as OrganisationDocument | undefined;
    if (problems.length === 0 && document !== undefined) {
      problems.push(...checkOrganisation(document, source));
      const duplicate = organisations.find((organisation) => organisation.id === document.id);
      if (duplicate !== undefined)
        problems.push(
          diagnosticAt(
            source,
            organisationPointer('id'),
            'duplicate-id',
            `Duplicate organisation id ${code(document.id)}: ${duplicate.source.file} uses it too; give each organisation its own id`,
          ),
        );
    }
    diagnostics.push(...problems);
    if (problems.length === 0 && document !== undefined) {
      const organisation: Organisation = {
        id: document.id,
        document,
        source: { file: input.file, sourceMap: source.sourceMap, directives: findDirectives(source) },
      };
      organisations.push(organisation);
      organisationTexts.set(organisation, hashedText(source));
    } else brokenOrganisationFolders.add(dirname(input.file));
  }

  const notices: Notice[] = [];
  for (const { input, source } of parsed.filter(({ input }) => !isOrganisationFile(input.file))) {
    const problems = capPerFile([...source.diagnostics, ...validateDocument('notice', source)]);
    const document = source.data as unknown as NoticeDocument | undefined;
    if (problems.length === 0 && document !== undefined) {
      problems.push(...unsupportedLanguages(document, source, options.locales));
      problems.push(...unlistedTextLanguages(document, source), ...contradictions(document, source));
      if (brokenOrganisationFolders.has(dirname(input.file))) {
        diagnostics.push(...problems);
        continue; // its organisation file has errors of its own
      }
      const hash = (organisation: Organisation) => contentHash(hashedText(source), organisationTexts.get(organisation) ?? '');
      const resolved = resolveNotice(
        document,
        { file: input.file, sourceMap: source.sourceMap, directives: findDirectives(source) },
        besideOf(input.file, organisations),
        hash,
      );
      problems.push(...resolved.diagnostics);
      if (problems.length === 0 && resolved.notice !== undefined) notices.push(resolved.notice);
    }
    diagnostics.push(...problems);
  }
  // a notice id used twice is a problem across all files: the pipeline's merge finds it (src/pipeline/merge-results.ts)
  return { organisations, notices, diagnostics, fileCount: files.length };
}

/**
 * A file's text as its content hash reads it: as parsed (no byte-order mark,
 * a lone CR read as a line end), with CRLF read as LF too, so that a file's
 * line ends never change its hash.
 */
function hashedText(source: ParsedSource): string {
  return source.text.replaceAll('\r\n', '\n');
}

/** `sha256:` and the hash of the notice's and its organisation's text, each as {@link hashedText} gives it. */
function contentHash(noticeText: string, organisationText: string): string {
  // node:crypto is loaded the first time a hash is asked for: validating asks for none
  const { createHash } = process.getBuiltinModule('node:crypto');
  return `sha256:${createHash('sha256').update(noticeText).update('\u0000').update(organisationText).digest('hex')}`;
}

/** The organisation a notice belongs to is the one whose file is in the notice's folder. */
function besideOf(file: string, organisations: readonly Organisation[]): Organisation[] {
  return organisations.filter((organisation) => dirname(organisation.source.file) === dirname(file));
}
