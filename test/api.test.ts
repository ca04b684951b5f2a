import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from './helpers/paths.ts';

/** What the package offers other programs: changing it is a decision, so it is pinned here. */
const core = [
  'DEFAULT_LINT_CONFIG',
  'createTranslator',
  'formatDiagnostic',
  'formatDiagnostics',
  'hasErrors',
  'isOrganisationFile',
  'lintNotices',
  'loadProject',
  'mergeResults',
  'noticeRecord',
  'parseYaml',
  'processProject',
  'recordIndex',
  'recordSchemaErrors',
  'renderNotice',
  'rules',
  'schemaFiles',
  'sortDiagnostics',
  'stateOf',
  'summarize',
  'toDiagnosticJson',
  'toDocument',
  'toHtml',
  'toMarkdown',
  'toSarif',
  'validateDocument',
];
const node = [
  'CONFIG_FILE',
  'DEFAULT_NOTICE_PATHS',
  'MissingPathError',
  'PathError',
  'SITE_MARKER',
  'assertReplaceableOutput',
  'buildSite',
  'collectYamlFiles',
  'defaultTranslator',
  'installedLocales',
  'loadNotices',
  'loadProjectConfig',
  'loadSite',
  'prepareSite',
  'processFromDisk',
  'readLocaleResources',
  'readNoticeFiles',
  'today',
];

describe('the entry points', () => {
  it('core (`seloste`) exports exactly the documented functions and values', async () => {
    expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([...core].sort());
  });

  it('node (`seloste/node`) exports exactly the documented functions and values', async () => {
    expect(Object.keys(await import('../src/node/index.ts')).sort()).toEqual([...node].sort());
  });

  it('are the ones package.json names', () => {
    const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { exports: Record<string, string> };
    expect(manifest.exports).toEqual({ '.': './src/index.ts', './node': './src/node/index.ts', './package.json': './package.json' });
  });
});
