import type { Notice, SourceFile } from '../model/index.ts';
import type { Aligned } from './align.ts';
import type { Change, ChangePlace } from './types.ts';

/** Which file of a version a change or claim is in. */
export type DiffFile = Change['file'];

/** What a section's comparison reports: a change, with its place in both versions as a path of keys. */
export type ChangeInit = Omit<Change, 'old' | 'new' | 'file' | 'section'> & {
  readonly place: Aligned;
  readonly file?: DiffFile;
  /**
   * What the change covers, so that the comparison of what is left does not
   * report it again: `all` (the item and its texts; the default for an item
   * added or removed) or `values` (its values, not its texts; the default
   * otherwise). `none` claims nothing.
   */
  readonly covers?: 'all' | 'values' | 'none';
};

/** What every section's comparison is given: the two versions, and where to report. */
export interface DiffContext {
  readonly old: Notice;
  readonly new: Notice;
  /** Reports a change; its lines come from each version's source map. */
  add(change: ChangeInit): void;
  /** Marks a place as compared, so that what is left over is not reported there again. */
  claim(file: DiffFile, path: string, covers: 'all' | 'values'): void;
}

/** A claim on a place: a path of keys in one file and what it covers. */
export interface Claim {
  readonly file: DiffFile;
  readonly path: string;
  readonly covers: 'all' | 'values';
}

/** A context that collects changes and claims. */
export function createContext(old: Notice, neu: Notice): DiffContext & { readonly changes: Change[]; readonly claims: Claim[] } {
  const changes: Change[] = [];
  const claims: Claim[] = [];
  const sourceOf = (notice: Notice, file: DiffFile): SourceFile => (file === 'organisation' ? notice.organisation.source : notice.source);
  return {
    old,
    new: neu,
    changes,
    claims,
    add({ place, file = 'notice', covers, ...change }) {
      const oldPlace = place.old === undefined ? undefined : locate(sourceOf(old, file), place.old);
      const newPlace = place.new === undefined ? undefined : locate(sourceOf(neu, file), place.new);
      changes.push({
        kind: change.kind,
        significance: change.significance,
        section: sectionOf(place.path),
        file,
        ...(change.id === undefined ? {} : { id: change.id }),
        ...(change.label === undefined ? {} : { label: change.label }),
        ...(oldPlace === undefined ? {} : { old: oldPlace }),
        ...(newPlace === undefined ? {} : { new: newPlace }),
        ...(change.from === undefined ? {} : { from: change.from }),
        ...(change.to === undefined ? {} : { to: change.to }),
        ...(change.items === undefined ? {} : { items: change.items }),
        ...(change.language === undefined ? {} : { language: change.language }),
        ...(change.words === undefined ? {} : { words: change.words }),
      });
      const scope = covers ?? (place.old === undefined || place.new === undefined ? 'all' : 'values');
      if (scope !== 'none') claims.push({ file, path: place.path, covers: scope });
    },
    claim(file, path, covers) {
      claims.push({ file, path, covers });
    },
  };
}

function locate(source: SourceFile, pointer: string): ChangePlace {
  const { start } = source.sourceMap.locate(pointer);
  return { pointer, line: start.line, column: start.column };
}

/** The top-level key a path of keys starts with: `purposes` for `/purposes/items/[id:x]`. */
export function sectionOf(path: string): string {
  const [, first = ''] = path.split('/');
  return first.replace(/^\[|\]$/gu, '');
}
