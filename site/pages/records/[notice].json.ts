import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { SiteNotice } from '../../../src/index.ts';

/** Each notice's record of processing, as `/records/<notice>.json`. */
export const getStaticPaths = (async () => {
  const notices = await getCollection('notices');
  return notices.map((entry: { id: string; data: unknown }) => ({ params: { notice: entry.id }, props: { record: (entry.data as SiteNotice).record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(`${JSON.stringify(props['record'], null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
