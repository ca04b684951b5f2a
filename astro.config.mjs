// @ts-check
// The site when Astro runs on its own (`astro dev`, `astro build`): the same
// configuration `seloste build` gives Astro inline (src/node/astro-site.ts),
// with the notices under SELOSTE_NOTICES (newline-separated paths; notices/ by
// default) read, rendered and linted by the same pipeline, and the address
// and the organisation's identity from seloste.config.yaml (`site.url`,
// `site.organisation`).
import { siteConfig, standaloneDataFile } from './src/node/astro-site.ts';
import { loadProjectConfig } from './src/node/load-config.ts';
import { installedLocales } from './src/node/locale-files.ts';
import { siteDataOrThrow } from './src/node/load-site.ts';

const cwd = process.cwd();
const { config } = loadProjectConfig(cwd);

export default siteConfig({
  ...(config.siteUrl === undefined ? {} : { siteUrl: config.siteUrl }),
  ...(config.organisation === undefined ? {} : { identity: config.organisation }),
  locales: installedLocales(),
  data: () => siteDataOrThrow({ cwd }),
  dataFile: standaloneDataFile(),
});
