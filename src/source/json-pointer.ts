/**
 * JSON pointers (RFC 6901): how diagnostics, lint rules and the source map name
 * a place in a document, e.g. `/purposes/items/0/legalBasis`.
 */

/** Escapes one reference token: `~` becomes `~0`, `/` becomes `~1`. */
export function escapeSegment(segment: string): string {
  // most segments are plain keys and indexes: a source map escapes hundreds of thousands of them
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Reverses {@link escapeSegment}; `~1` is replaced before `~0`, as the RFC requires. */
export function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Builds a pointer from unescaped segments; no segments give the empty pointer (the whole document). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escapeSegment(String(segment))}`).join('');
}

/** Splits a pointer into unescaped segments; the empty pointer gives none. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`A JSON pointer starts with "/" or is empty, got "${pointer}"`);
  return pointer.slice(1).split('/').map(unescapeSegment);
}

/** The pointer of the value that contains this one; the empty pointer is its own parent. */
export function parentPointer(pointer: string): string {
  const index = pointer.lastIndexOf('/');
  return index <= 0 ? '' : pointer.slice(0, index);
}

/** Appends one unescaped segment to a pointer. */
export function childPointer(pointer: string, segment: string | number): string {
  return `${pointer}/${escapeSegment(String(segment))}`;
}

/**
 * A pointer as messages name the place for a reader, keys joined by dots and
 * list items by their index: `/purposes/items/2/description` is
 * `purposes.items[2].description`.
 */
export function keyPath(pointer: string): string {
  return parsePointer(pointer).reduce((path, segment) => (/^\d+$/u.test(segment) ? `${path}[${segment}]` : path === '' ? segment : `${path}.${segment}`), '');
}

/** The last segment of a pointer, unescaped; undefined for the empty pointer. */
export function lastSegment(pointer: string): string | undefined {
  if (pointer === '') return undefined;
  return unescapeSegment(pointer.slice(pointer.lastIndexOf('/') + 1));
}
