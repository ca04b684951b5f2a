import packageJson from '../../package.json' with { type: 'json' };

/** seloste's version, from package.json. */
export const VERSION: string = packageJson.version;
