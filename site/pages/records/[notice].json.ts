import type { APIRoute, GetStaticPaths } from 'astro';
import { recordAt } from '../../../src/export/index.ts';
import { siteData, siteNotice } from '../../lib/site-data.ts';

/** Each notice's record of processing, as `/records/<notice>.json`, with the site's addresses. */
export const getStaticPaths = (() => siteData().notices.map((notice) => ({ params: { notice: notice.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const { record } = siteNotice(params['notice'] ?? '');
  return new Response(`${JSON.stringify(site === undefined ? record : recordAt(record, site.href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
