import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/site-data.ts';

const TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

/** The organisation's logo, where the project's settings name one: `/assets/logo.svg` or `/assets/logo.png`. */
export const getStaticPaths = (() => {
  const logo = siteData().identity?.logo;
  return logo === undefined ? [] : [{ params: { file: logo.path.replace(/^.*\//u, '') }, props: { logo } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const logo = props['logo'] as { type: keyof typeof TYPES; base64: string };
  return new Response(Buffer.from(logo.base64, 'base64'), { headers: { 'Content-Type': TYPES[logo.type] } });
};
