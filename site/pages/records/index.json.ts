import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site-data.ts';

/** Every notice's record, by organisation: the organisation-level record of processing. */
export const GET: APIRoute = () => new Response(`${JSON.stringify(siteData().recordIndex, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
