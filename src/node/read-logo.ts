import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { code, visible } from '../diagnostics/index.ts';
import type { LogoFile } from '../publish/index.ts';

/** The largest logo the site takes: a logo is a few kilobytes, and every page shows it. */
export const MAX_LOGO_BYTES = 1024 * 1024;

/** What an SVG file must not hold: what would run, or load something, when the file is opened on its own. */
const ACTIVE_SVG = /<script\b|<foreignObject\b|\son[a-z]+\s*=|javascript:|<!ENTITY/iu;

/**
 * Reads the logo `seloste.config.yaml` names (`site.organisation.logo`), as
 * written, from the project's folder `projectRoot`: an SVG or PNG file inside
 * the project (a path, or a symbolic link, that leads out of it is refused),
 * a regular file of at most {@link MAX_LOGO_BYTES}, whose contents are what
 * its name says, and, for an SVG, without scripts, event handlers or embedded
 * HTML. A logo that cannot be used is a message saying why and what to do.
 */
export function readLogo(written: string, projectRoot: string): { logo: LogoFile } | { problem: string } {
  const named = code(written);
  const root = realpathSync(projectRoot);
  let real: string;
  try {
    real = realpathSync(resolve(projectRoot, written));
  } catch {
    return { problem: `Missing logo ${named}: there is no such file; give the path of an SVG or PNG file in the project, relative to seloste.config.yaml` };
  }
  const inProject = relative(root, real);
  if (inProject === '' || inProject.startsWith('..') || isAbsolute(inProject)) {
    return {
      problem: `Unexpected logo ${named} outside the project (${visible(real)}): the site publishes only files of the project; copy the logo into the project's folder`,
    };
  }
  const stats = statSync(real);
  if (!stats.isFile()) return { problem: `Unexpected logo ${named}: it is not a regular file; give the path of an SVG or PNG file` };
  if (stats.size > MAX_LOGO_BYTES)
    return {
      problem: `Logo ${named} too large: ${(stats.size / 1024 / 1024).toFixed(1)} MB, at most 1 MB; save it smaller (a logo is usually a few kilobytes)`,
    };
  const bytes = readFileSync(real);
  const type = extname(written).toLowerCase() === '.png' ? 'png' : 'svg';
  return type === 'png' ? pngLogo(bytes, named) : svgLogo(bytes, named);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngLogo(bytes: Buffer, named: string): { logo: LogoFile } | { problem: string } {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE))
    return { problem: `Unexpected contents in logo ${named}: the file is named .png but is not a PNG image; save it as PNG or SVG` };
  // the IHDR chunk, always first, gives the size
  return { logo: { type: 'png', base64: bytes.toString('base64'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } };
}

function svgLogo(bytes: Buffer, named: string): { logo: LogoFile } | { problem: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: `Unexpected contents in logo ${named}: the file is named .svg but is not UTF-8 text; save it as SVG (UTF-8) or PNG` };
  }
  const root = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*>)\s*)*<svg\b([^>]*)>/iu.exec(text);
  if (root === null)
    return { problem: `Unexpected contents in logo ${named}: the file is named .svg but does not start with an <svg> element; save it as SVG or PNG` };
  if (ACTIVE_SVG.test(text))
    return {
      problem: `Unexpected script in logo ${named}: an SVG logo may not hold scripts, event handlers, entities or embedded HTML; save a plain drawing (or a PNG)`,
    };
  return { logo: { type: 'svg', base64: bytes.toString('base64'), ...svgSize(root[1] ?? '') } };
}

/** An SVG's size in pixels, from its `width` and `height` (plain numbers or `px`), else from its `viewBox`. */
function svgSize(attributes: string): { width?: number; height?: number } {
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'u').exec(attributes)?.[1]?.trim();
  const pixels = (value: string | undefined) =>
    value !== undefined && /^\d+(?:\.\d+)?(?:px)?$/u.test(value) ? Math.round(Number.parseFloat(value)) : undefined;
  const width = pixels(attribute('width'));
  const height = pixels(attribute('height'));
  if (width !== undefined && height !== undefined && width > 0 && height > 0) return { width, height };
  const box = attribute('viewBox')
    ?.split(/[\s,]+/u)
    .map(Number);
  const [, , boxWidth, boxHeight] = box ?? [];
  if (boxWidth !== undefined && boxHeight !== undefined && boxWidth > 0 && boxHeight > 0) return { width: Math.round(boxWidth), height: Math.round(boxHeight) };
  return {};
}
