// Names the published site and the pipeline share, in a module of their own: the site's pages import them
// without the pipeline's code, which Astro would otherwise bundle with every page.

/** The id of the change history's heading on a notice page: its anchor. */
export const HISTORY_ID = 'history';

/** The names of a notice's files in its folder (see publishNotice). */
export const NOTICE_FILES = {
  page: (locale: string) => `page.${locale}.json`,
  record: 'record.json',
  dpv: 'record.jsonld',
  tilt: (index: number) => `tilt.${index}.json`,
  csvRows: 'rows.csv',
} as const;
