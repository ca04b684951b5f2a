import type { APIRoute } from 'astro';
import { recordIndexAt } from '../../../src/export/index.ts';
import { siteData } from '../../lib/site-data.ts';

/** Every notice's record, by organisation, with the files the site publishes for each: the organisation-level record of processing. */
export const GET: APIRoute = ({ site }) => {
  const index = siteData().recordIndex;
  return new Response(`${JSON.stringify(site === undefined ? index : recordIndexAt(index, site.href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
