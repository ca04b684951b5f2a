/** The project's configuration file, read from the working directory; never a notice. */
export const CONFIG_FILE = 'seloste.config.yaml';
