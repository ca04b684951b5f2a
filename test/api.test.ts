import { describe, expect, it } from 'vitest';

/** What the package offers the CLI, the site and other programs: changing it is a decision, so it is pinned here. */
const expected = [
  'CONFIG_FILE', 'DEFAULT_LINT_CONFIG', 'PathError', 'SITE_MARKER', 'assertReplaceableOutput', 'DEFAULT_NOTICE_PATHS', 'DEFAULT_PARSE_LIMITS', 'FILE_START', 'FINNISH_DPA', 'LineIndex', 'MAX_FILE_BYTES', 'MissingPathError', 'SourceMap',
  'addressLine', 'applicableRights', 'assembleSiteData', 'buildSite', 'buildSiteData', 'checkOrganisation', 'childPointer', 'closestMatch', 'code', 'collectYamlFiles', 'compareDiagnostics',
  'contactFor', 'contentsNodes', 'contradictions', 'controllerContact', 'countBySeverity', 'createTranslator', 'defaultTranslator', 'diagnosticAt', 'displayPath', 'duplicateNoticeIds', 'effectiveLegalBasis',
  'escapeSegment', 'expectedOneOf', 'findDirectives', 'formatDiagnostic', 'formatDiagnostics', 'handOverSiteData', 'handedOverSiteData', 'hasErrors', 'headerNodes', 'isDirectMarketing',
  'isOrganisationFile', 'lastSegment', 'lintNotices', 'listOf', 'listedRights', 'loadNotices', 'loadProject', 'loadProjectConfig', 'loadSite', 'localizedTexts', 'noticeIdPlace', 'noticeRecord',
  'objectionGrounds', 'packageRoot', 'parentPointer', 'parsePointer', 'parseYaml', 'plural', 'prepareShare', 'prepareSite', 'purposeDataCategories', 'purposeDataSubjects',
  'purposeRecipients', 'purposeSources', 'readInputFiles', 'readLocaleResources', 'recordIndex', 'recordSchemaErrors', 'renderNotice', 'renderSiteNotices', 'resolveNotice', 'ruleHelp',
  'ruleLevels', 'rules', 'schemaFileOf', 'schemaFiles', 'sectionNodes', 'sections', 'siteNoticePaths', 'sortDiagnostics', 'summarize', 'summaryNodes', 'supervisoryAuthorityOf',
  'toDiagnosticJson', 'toDocument', 'toHtml', 'toHtmlParts', 'toMarkdown', 'toPointer', 'toSarif', 'unescapeSegment', 'validateDocument',
];

describe('the public entry point (src/index.ts)', () => {
  it('exports exactly the documented functions and values', async () => {
    const api = await import('../src/index.ts');
    expect(Object.keys(api).sort()).toEqual([...expected].sort());
  });
});
