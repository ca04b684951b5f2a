import type { APIRoute, GetStaticPaths } from 'astro';
import { schemaFiles } from '../../../src/schema/schemas.ts';

/** The published JSON Schemas, so records and notices can be checked against them: `/schemas/record.schema.json`. */
export const getStaticPaths = (() =>
  Object.entries(schemaFiles).map(([file, schema]) => ({ params: { name: file.replace(/\.json$/u, '') }, props: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props['schema'], null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
