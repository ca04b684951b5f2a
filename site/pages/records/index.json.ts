import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

/** Every notice's record, by organisation: the organisation-level record of processing. */
export const GET: APIRoute = async () => {
  const site = await getEntry('site', 'index');
  return new Response(`${JSON.stringify(site?.data.recordIndex, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
