import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

/** The media type of each kind of record file. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Serves the site's records (`<base>records/<file>`) from the folder they are
 * written into, when Astro runs its development server on its own: a build
 * puts them into the site, the development server has no site to put them in.
 * Only a file name directly in `records/` is served, never a path out of it.
 */
export function recordsMiddleware(folder: string, base: string, written: () => Promise<void>) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const name = path.startsWith(`${base}records/`) ? decodeURIComponent(path.slice(`${base}records/`.length)) : '';
    const type = MEDIA_TYPES[name.split('.').at(-1) ?? ''];
    if (!/^[^/\\]+$/u.test(name) || name.startsWith('.') || type === undefined) {
      next();
      return;
    }
    written().then(
      () => {
        const file = join(folder, 'records', name);
        if (!existsSync(file)) {
          next();
          return;
        }
        response.setHeader('Content-Type', type);
        response.end(readFileSync(file));
      },
      () => next(),
    );
  };
}
