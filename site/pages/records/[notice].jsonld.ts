import type { APIRoute, GetStaticPaths } from 'astro';
import { dpvDocument } from '../../../src/export/index.ts';
import { siteData, siteNotice } from '../../lib/site-data.ts';

/** Each notice's record of processing as DPV JSON-LD, as `/records/<notice>.jsonld`. */
export const getStaticPaths = (() => siteData().notices.map((notice) => ({ params: { notice: notice.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const document = dpvDocument(siteNotice(params['notice'] ?? '').record, site === undefined ? {} : { siteUrl: site.href });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
