import type { APIRoute } from 'astro';
import { recordAt, recordsCsv } from '../../../src/export/index.ts';
import { siteData } from '../../lib/site-data.ts';

/** The register of processing as a spreadsheet, `/records/records.csv`: one row per processing activity of every notice, headers in Finnish. */
export const GET: APIRoute = ({ site }) => {
  const records = siteData().notices.map(({ record }) => (site === undefined ? record : recordAt(record, site.href)));
  return new Response(recordsCsv(records, 'fi'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
