/**
 * A path given to seloste that cannot be used as asked: it does not exist,
 * holds no notices, or cannot safely receive a built site. The command
 * reports it as a usage error (exit code 2).
 */
export class PathError extends Error {
  readonly paths: readonly string[];
  constructor(paths: readonly string[], message: string) {
    super(message);
    this.paths = paths;
  }
}

/** The error code of a file-system failure anywhere in an error or its causes (Astro wraps them): `ENOSPC`, `EACCES`, … */
export function fileSystemCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && FILE_SYSTEM_CODES.has(code)) return code;
    const named = /\b(ENOSPC|EDQUOT|EROFS|EACCES|EPERM)\b/u.exec(current.message)?.[1];
    if (named !== undefined) return named;
  }
  return undefined;
}

const FILE_SYSTEM_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);
