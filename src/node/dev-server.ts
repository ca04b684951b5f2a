import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DevBuilder, type DevBuild } from './dev-build.ts';
import { DEV_ADDRESSES, DEV_CONTENT_SECURITY_POLICY, devIndexPage, devNoticePage, devNotFoundPage, noticeAddress } from './dev-page.ts';
import { watchInputs } from './dev-watch.ts';
import { DEFAULT_NOTICE_PATHS } from './load-notices.ts';
import { packageRoot } from './package-root.ts';

/** The port `seloste dev` listens on unless told otherwise (Astro's, which people know). */
export const DEFAULT_DEV_PORT = 4321;

/** The only address the preview listens on: this machine, never the network. */
const HOST = '127.0.0.1';

/** What {@link startDevServer} previews, and where. */
export interface DevServerOptions {
  /** The folder paths are relative to and seloste.config.yaml is read from; by default the working directory. */
  readonly cwd?: string;
  /** The notice files and folders to preview (default: notices/). */
  readonly paths?: readonly string[];
  /** The port on 127.0.0.1; 0 for any free one (default {@link DEFAULT_DEV_PORT}). */
  readonly port?: number;
  /** Hears of every build after the first that changed what the pages show. */
  readonly onBuild?: (build: DevBuild) => void;
  /** Hears of a bug in seloste met while building or answering; the preview keeps the pages it has. */
  readonly onError?: (error: unknown) => void;
}

/** A running preview. */
export interface DevServer {
  /** Its address, such as `http://127.0.0.1:4321/`. */
  readonly url: string;
  /** What the pages show now. */
  readonly build: DevBuild;
  /** Stops watching, ends the pages' event streams and closes the server. */
  close(): Promise<void>;
}

/**
 * Starts the local preview of notices: builds them once (a path that holds
 * no YAML file throws a PathError, as the other commands report it), serves
 * each notice's pages as the site lays them out, with the problems in its
 * files at the top, and an index of the notices per language, on 127.0.0.1
 * only. It watches the files and builds again after a save (only the notices
 * that changed are processed again); open pages reload through a Server-Sent
 * Events stream. It serves nothing but the pages it makes and the site's
 * stylesheet, and answers only requests addressed to itself by name
 * (127.0.0.1 or localhost at its port), so another web site cannot read it
 * through its own host name.
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const cwd = options.cwd ?? process.cwd();
  const paths = options.paths ?? DEFAULT_NOTICE_PATHS;
  const builder = new DevBuilder({ cwd, paths });
  const streams = new Set<ServerResponse>();
  const rebuild = () => {
    try {
      const next = builder.build();
      if (next === build) return;
      build = next;
      for (const stream of streams) stream.write(`data: ${build.version}\n\n`);
      options.onBuild?.(build);
    } catch (error) {
      options.onError?.(error);
    }
  };
  // watching first: a file saved while the first build reads the others is built again
  const watch = watchInputs(paths, cwd, rebuild);
  let build: DevBuild;
  const server = createServer((request, response) => {
    try {
      respond(request, response, { build, streams, port: (server.address() as AddressInfo).port });
    } catch (error) {
      options.onError?.(error);
      if (!response.headersSent) send(response, 500, 'text/plain', 'seloste dev could not make this page; the terminal says why.\n');
    }
  });
  try {
    build = builder.build();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? DEFAULT_DEV_PORT, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    watch.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${HOST}:${port}/`,
    get build() {
      return build;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        watch.close();
        for (const stream of streams) stream.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** What a request to the preview gets; the path only selects among the pages the preview makes, never a file. */
function respond(request: IncomingMessage, response: ServerResponse, state: { build: DevBuild; streams: Set<ServerResponse>; port: number }): void {
  const { build, streams, port } = state;
  if (!isOwnHost(request.headers.host, port))
    return send(response, 421, 'text/plain', 'This server answers only requests to 127.0.0.1 or localhost at its port.\n');
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return send(response, 405, 'text/plain', 'Only GET and HEAD are allowed.\n', { Allow: 'GET, HEAD' });
  const path = (request.url ?? '/').split('?')[0] ?? '/';
  if (path === DEV_ADDRESSES.events) return openStream(request, response, build, streams);
  if (path === DEV_ADDRESSES.stylesheet) {
    const stylesheet = siteStylesheet();
    return stylesheet === undefined ? send(response, 404, 'text/plain', 'The site has no stylesheet.\n') : send(response, 200, 'text/css', stylesheet);
  }
  const page = pageAt(path, build);
  if (page === undefined) return send(response, 404, 'text/html', devNotFoundPage(build));
  // a page asked for without its final slash (or with doubled ones): to its own address, as the published site's folders do
  if (page.address !== path) {
    response.writeHead(308, { Location: page.address, 'Cache-Control': 'no-store' });
    return void response.end();
  }
  return send(response, 200, 'text/html', page.html);
}

/** The page a path names, with its own address (made from the notice's id and language, never from the request). */
function pageAt(path: string, build: DevBuild): { address: string; html: string } | undefined {
  const segments = segmentsOf(path);
  if (segments === undefined) return undefined;
  const [locale, id, ...rest] = segments;
  if (locale === undefined) return { address: '/', html: devIndexPage(build) };
  if (!build.locales.includes(locale) || rest.length > 0) return undefined;
  if (id === undefined) return { address: `/${encodeURIComponent(locale)}/`, html: devIndexPage(build, locale) };
  const notice = build.notices.find((candidate) => candidate.id === id);
  const html = notice === undefined ? undefined : devNoticePage(build, notice, locale);
  return notice === undefined || html === undefined ? undefined : { address: noticeAddress(locale, notice.id), html };
}

/** The parts of a path, decoded; undefined for one that cannot name a page (`..`, an encoded slash, bad escapes). */
function segmentsOf(path: string): string[] | undefined {
  const parts = path.split('/').filter((part) => part !== '');
  try {
    const decoded = parts.map((part) => decodeURIComponent(part));
    return decoded.some((part) => part === '.' || part === '..' || /[/\\\0]/u.test(part)) ? undefined : decoded;
  } catch {
    return undefined;
  }
}

/** site/styles/site.css, read for every request so that a change to it shows on reload. */
function siteStylesheet(): string | undefined {
  try {
    return readFileSync(join(packageRoot, 'site', 'styles', 'site.css'), 'utf8');
  } catch {
    return undefined;
  }
}

/** Whether the Host header names this server: a page of another site reaching 127.0.0.1 through its own name is refused. */
function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `${HOST}:${port}` || host === `localhost:${port}`;
}

/** Keeps a page's event stream open; the build's version is sent now and after every build. */
function openStream(request: IncomingMessage, response: ServerResponse, build: DevBuild, streams: Set<ServerResponse>): void {
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Content-Type-Options': 'nosniff' });
  response.write(`retry: 500\ndata: ${build.version}\n\n`);
  streams.add(response);
  request.on('close', () => streams.delete(response));
}

function send(response: ServerResponse, status: number, type: string, body: string, headers: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(type === 'text/html' ? { 'Content-Security-Policy': DEV_CONTENT_SECURITY_POLICY } : {}),
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}
