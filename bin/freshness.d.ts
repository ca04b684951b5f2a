/** The latest modification time of any file the command is built from: package.json and every file under src/ and schemas/. */
export declare function newestSourceTime(root?: string): number;
/** The bundled entry point's address, when there is a bundle and it may run: outside node_modules/, only while no source is newer than it. */
export declare function freshBundle(root?: string): string | undefined;
