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
