import type { APIRoute, GetStaticPaths } from 'astro';
import { tiltDocuments } from '../../../src/export/index.ts';
import { today } from '../../../src/node/today.ts';
import { siteData } from '../../lib/site-data.ts';

/** Each notice's TILT documents, one per controller: `/records/<notice>.tilt.json`, or `/records/<notice>.<controller>.tilt.json` for each of several. */
export const getStaticPaths = (() =>
  siteData().notices.flatMap(({ record }) =>
    tiltDocuments(record, { siteUrl: import.meta.env.SITE, exportedOn: today() }).map(({ file, document }) => ({
      params: { file: file.replace(/^records\/|\.tilt\.json$/gu, '') },
      props: { document },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props['document'], null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
