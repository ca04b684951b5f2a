import { code, listOf, type Diagnostic, type Position } from '../diagnostics/index.ts';
import { noticePointer, type Notice } from '../model/index.ts';
// from its own module, not publish's index: the first stage loads no render code
import { noticePagePath } from '../export/addresses.ts';

/** Where a notice states one of its addresses: its slug for a language, or its id. */
interface Stated {
  readonly pointer: string;
  readonly start: Position;
  readonly end: Position;
}

/**
 * A notice's page addresses and where it states each (its slug for the
 * language, else its id), and the slugs it gives for languages it is not
 * published in: plain data, enough to check addresses across all notices
 * without their source maps, as the check of ids is.
 */
export interface NoticeAddresses {
  readonly file: string;
  readonly pages: readonly (Stated & { readonly language: string; readonly path: string; readonly bySlug: boolean })[];
  readonly unlistedSlugs: readonly (Stated & { readonly language: string })[];
  readonly languages: readonly string[];
}

/** A valid notice's page addresses, with where it states them. */
export function noticeAddresses(notice: Notice): NoticeAddresses {
  const { sourceMap, file } = notice.source;
  const slugs = notice.document.slug ?? {};
  const stated = (pointer: string, target: 'key' | 'value' = 'value') => {
    const { start, end } = sourceMap.locate(pointer, target);
    return { pointer, start, end };
  };
  return {
    file,
    languages: notice.languages,
    pages: notice.languages.map((language) => {
      const bySlug = slugs[language] !== undefined;
      return { language, path: noticePagePath(notice.id, language, slugs), bySlug, ...stated(bySlug ? noticePointer('slug', language) : noticePointer('id')) };
    }),
    unlistedSlugs: Object.keys(slugs)
      .filter((language) => !notice.languages.includes(language))
      .map((language) => ({ language, ...stated(noticePointer('slug', language), 'key') })),
  };
}

/**
 * The problems with the notices' addresses, in the order of `notices` (path
 * order): two notices at one address in a language (`/en/marketing/`), whose
 * pages would overwrite each other, where the first keeps it and each later
 * one is reported; and a slug for a language the notice is not published in,
 * which would reach no page.
 */
export function addressProblems(notices: readonly NoticeAddresses[]): Diagnostic[] {
  const first = new Map<string, NoticeAddresses>();
  const diagnostics: Diagnostic[] = [];
  for (const notice of notices) {
    for (const page of notice.pages) {
      const earlier = first.get(page.path);
      if (earlier === undefined) {
        first.set(page.path, notice);
        continue;
      }
      const fix = page.bySlug ? `give this notice another \`slug.${page.language}\`` : `give one of them a \`slug.${page.language}\` of its own`;
      diagnostics.push(
        problem(notice.file, page, 'duplicate-id', `Duplicate address ${code(page.path)}: ${earlier.file} has its ${page.language} page there too; ${fix}`),
      );
    }
    for (const slug of notice.unlistedSlugs) {
      diagnostics.push(
        problem(
          notice.file,
          slug,
          'unlisted-language',
          `Slug for ${code(slug.language)}, a language the notice does not list in \`languages\` (${listOf(notice.languages, 'and')}): correct the language code, or remove the slug`,
        ),
      );
    }
  }
  return diagnostics;
}

function problem(file: string, place: Stated, ruleId: string, message: string): Diagnostic {
  return { ruleId, severity: 'error', message, file, pointer: place.pointer, start: place.start, end: place.end };
}
