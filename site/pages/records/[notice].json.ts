import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData, siteNotice } from '../../lib/site-data.ts';

/** Each notice's record of processing, as `/records/<notice>.json`. */
export const getStaticPaths = (() => siteData().notices.map((notice) => ({ params: { notice: notice.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(`${JSON.stringify(siteNotice(params['notice'] ?? '').record, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
