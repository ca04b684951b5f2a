/** The latest modification time of any file the command is built from. */
export declare function newestSourceTime(): number;
/** The bundled entry point, when it exists and no source is newer than it. */
export declare function freshBundle(): string | undefined;
