import { createHash } from 'node:crypto';
import { formatDiagnostic, plural, summarize, type Diagnostic } from '../diagnostics/index.ts';
import type { NoticePage } from '../publish/index.ts';
import type { DevBuild, DevNotice } from './dev-build.ts';

/** The addresses the preview serves besides its pages; no notice or language can take them (ids and language tags have no `_`). */
export const DEV_ADDRESSES = {
  /** Server-Sent Events: the build's version, now and after every build that changed it. */
  events: '/_seloste/events',
  /** The site's stylesheet, site/styles/site.css. */
  stylesheet: '/_seloste/site.css',
} as const;

/**
 * Reloads the page when the server's build is not the one the page was made
 * from: on connecting (a build may have finished while the page loaded) and
 * after every build. Only the preview has it; the published site has no
 * script at all.
 */
const RELOAD_SCRIPT = `(() => {
  const built = document.documentElement.dataset.selosteBuild;
  const events = new EventSource(${JSON.stringify(DEV_ADDRESSES.events)});
  events.onmessage = (event) => {
    if (event.data !== built) {
      events.close();
      location.reload();
    }
  };
})();`;

/**
 * The preview's Content-Security-Policy: the published site's, plus the one
 * reload script (by its hash), its event stream and the stylesheet; nothing
 * from elsewhere.
 */
export const DEV_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(RELOAD_SCRIPT).digest('base64')}'`,
  "connect-src 'self'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The problems panel's look, beside the site's stylesheet. */
const DEV_STYLE = `.dev-problems { margin: 1rem 0 2rem; padding: 0.75rem 1rem; border: 2px solid #b3261e; border-radius: 0.4rem; background: #fdf3f2; font-size: 0.9rem; }
.dev-problems.dev-clean { border-color: #2e7d32; background: #f1f8f2; }
.dev-problems.dev-findings { border-color: #8a6d00; background: #fffbea; }
.dev-problems h2 { margin: 0 0 0.5rem; padding: 0; border: 0; font-size: 1rem; }
.dev-problems p { margin: 0.5rem 0 0; }
.dev-problems ul { list-style: none; padding: 0; margin: 0; max-height: 40vh; overflow: auto; }
.dev-problems li + li { margin-top: 0.25rem; }
.dev-problems code { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.85rem; }
.dev-problems .dev-error code { color: #b3261e; }
.dev-status { color: #545b62; font-size: 0.9rem; }`;

/** Text as HTML: safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A notice's page in one language, as the published site shows it, with the
 * problems in its files (its own, its organisation's, the configuration) at
 * the top, each as `file:line:col: severity: message [rule]`.
 */
export function devNoticePage(build: DevBuild, notice: DevNotice, locale: string): string | undefined {
  const page = notice.site.pages[locale];
  if (page === undefined) return undefined;
  const texts = siteText(build, locale);
  const others = notice.site.languages.filter((language) => language !== locale);
  const own = build.diagnostics.filter((diagnostic) => notice.files.includes(diagnostic.file));
  const languages =
    others.length === 0
      ? ''
      : `<nav class="languages" aria-label="${escapeHtml(texts('site.otherLanguages'))}"><ul>${others
          .map(
            (other) =>
              `<li><a href="${noticeAddress(other, notice.id)}" lang="${escapeHtml(other)}" hreflang="${escapeHtml(other)}">${escapeHtml(siteText(build, other)('language.self'))}</a></li>`,
          )
          .join('')}</ul></nav>`;
  return layout(build, {
    lang: locale,
    title: page.title,
    header: `<a class="skip" href="#main">${escapeHtml(texts('site.skip'))}</a>
<header class="site-header"><a class="site-name" href="/${escapeHtml(locale)}/">${escapeHtml(texts('site.name'))}</a>${languages}</header>`,
    main: `${problemsPanel(build, own, { fileCount: new Set(own.map((diagnostic) => diagnostic.file)).size, stale: notice.stale, elsewhere: build.diagnostics.length - own.length })}
${noticeArticle(page)}`,
  });
}

/** The list of notices, per language (all of them, or one), with the problems in every file at the top. */
export function devIndexPage(build: DevBuild, only?: string): string {
  const locales = only === undefined ? build.locales : build.locales.filter((locale) => locale === only);
  const sections = locales.map((locale) => {
    const items = build.notices.flatMap((notice) => {
      const page = notice.site.pages[locale];
      if (page === undefined) return [];
      const count = build.diagnostics.filter((diagnostic) => diagnostic.file === notice.file).length;
      const notes = [...(notice.stale ? ['last valid version'] : []), ...(count > 0 ? [plural(count, 'problem')] : [])];
      const titleLang = page.titleLang === undefined ? '' : ` lang="${escapeHtml(page.titleLang)}"`;
      return [
        `<li><a href="${noticeAddress(locale, notice.id)}"${titleLang}>${escapeHtml(page.title)}</a>${notes.length === 0 ? '' : ` <span class="dev-status" lang="en">(${notes.join(', ')})</span>`}</li>`,
      ];
    });
    return `<section lang="${escapeHtml(locale)}"><h2>${escapeHtml(siteText(build, locale)('language.self'))}</h2><ul class="notice-list">${items.join('')}</ul></section>`;
  });
  const lang = only ?? 'en';
  return layout(build, {
    lang,
    title: `seloste dev: ${siteText(build, lang)('site.name')}`,
    header: '',
    main: `${problemsPanel(build, build.diagnostics, { fileCount: build.fileCount, stale: false, elsewhere: 0 })}
<h1>${escapeHtml(siteText(build, lang)('site.name'))}</h1>
${sections.length === 0 ? '<p lang="en">No notice has pages yet.</p>' : sections.join('\n')}`,
  });
}

/** What the preview answers for an address it has no page at. */
export function devNotFoundPage(build: DevBuild): string {
  return layout(build, {
    lang: 'en',
    title: 'seloste dev: no such page',
    header: '',
    main: '<h1>No such page</h1><p>The preview has no page at this address. <a href="/">The notices are listed on the index page.</a></p>',
  });
}

/** The address of a notice's page in a language. */
export function noticeAddress(locale: string, id: string): string {
  return `/${encodeURIComponent(locale)}/${encodeURIComponent(id)}/`;
}

/** The notice as the published notice page lays it out (site/pages/[locale]/[notice]/index.astro). */
function noticeArticle(page: NoticePage): string {
  return `<article class="notice">
<header class="notice-header">${page.headerHtml}</header>
${page.summaryHtml}
${page.contentsHtml}
${page.sectionsHtml}
</article>`;
}

/**
 * The problems in the files a page is made from, or that there are none; on
 * a notice's page also whether it shows an earlier version and how many
 * problems other files have.
 */
function problemsPanel(build: DevBuild, diagnostics: readonly Diagnostic[], context: { fileCount: number; stale: boolean; elsewhere: number }): string {
  const errors = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  const kind = build.failure !== undefined || errors ? '' : diagnostics.length === 0 ? ' dev-clean' : ' dev-findings';
  const heading = diagnostics.length === 0 ? 'No problems' : summarize(diagnostics, context.fileCount);
  const notes = [
    ...(build.failure === undefined ? [] : [`The notices could not be read: ${build.failure}.`]),
    ...(context.stale ? ['This notice has errors, so the page shows its last valid version; it changes when the errors are fixed and the file saved.'] : []),
  ];
  const list = diagnostics.map((diagnostic) => `<li class="dev-${diagnostic.severity}"><code>${escapeHtml(formatDiagnostic(diagnostic))}</code></li>`);
  const elsewhere =
    context.elsewhere === 0 ? '' : `<p><a href="/">${plural(context.elsewhere, 'problem')} in other files</a> are listed on the index page.</p>`;
  return `<section class="dev-problems${kind}" aria-labelledby="dev-problems" lang="en">
<h2 id="dev-problems">seloste dev: ${escapeHtml(heading)}</h2>
${notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('\n')}
${list.length === 0 ? '' : `<ul>${list.join('\n')}</ul>`}
${elsewhere}
</section>`;
}

/** A page of the preview: the published site's stylesheet, the problems panel's style and the reload script. */
function layout(build: DevBuild, page: { lang: string; title: string; header: string; main: string }): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang)}" data-seloste-build="${build.version}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${DEV_ADDRESSES.stylesheet}">
<style>${DEV_STYLE}</style>
<script>${RELOAD_SCRIPT}</script>
</head>
<body>
${page.header}
<main id="main">
${page.main}
</main>
</body>
</html>
`;
}

/** The site's own texts in a language, English where it has none. */
function siteText(build: DevBuild, locale: string): (key: string) => string {
  const texts = build.texts[locale] ?? build.texts['en'] ?? {};
  return (key) => texts[key] ?? key;
}
