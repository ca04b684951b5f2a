/**
 * seloste: privacy notices as code. The core entry: pure functions from the
 * texts of notice files to everything seloste makes of them (the model,
 * diagnostics, lint findings, pages, records), with no file, clock or
 * environment access. Reading files and building the site are in the node
 * entry, `seloste/node` (src/node/index.ts).
 */
export { mergeResults, processProject } from './pipeline/index.ts';
export type { LintSettings, PipelineOptions, PipelineResult, ShareResult } from './pipeline/index.ts';
export { isOrganisationFile, loadProject } from './project/index.ts';
export type { InputFile, Project } from './project/index.ts';
export { parseYaml } from './source/index.ts';
export { recordSchemaErrors, schemaFiles, validateDocument } from './schema/index.ts';
export type { DocumentKind } from './schema/index.ts';
export { formatDiagnostic, formatDiagnostics, hasErrors, sortDiagnostics, summarize, toDiagnosticJson } from './diagnostics/index.ts';
export type { Diagnostic, DiagnosticJson, Position, Severity } from './diagnostics/index.ts';
export type { Notice, NoticeDocument, Organisation, OrganisationDocument, StatementState } from './model/index.ts';
export { stateOf } from './model/index.ts';
export { createTranslator } from './i18n/index.ts';
export type { LocaleResources, LocaleTexts, Translator } from './i18n/index.ts';
export { DEFAULT_LINT_CONFIG, lintNotices, rules, toSarif } from './lint/index.ts';
export type { LintConfig, Rule, RuleMeta } from './lint/index.ts';
export { renderNotice, toDocument, toHtml, toMarkdown } from './render/index.ts';
export type { RenderedNotice } from './render/index.ts';
export { noticeRecord, recordIndex } from './export/index.ts';
export type { NoticeRecord, RecordIndex } from './export/index.ts';
export type { SiteData, SiteNotice } from './publish/index.ts';
