export { parseYaml, DEFAULT_PARSE_LIMITS } from './parse-yaml.ts';
export type { Data, ParsedSource, ParseLimits, SourceComment } from './parse-yaml.ts';
export { SourceMap } from './source-map.ts';
export type { LocationTarget, OffsetRange, SourceEntry, SourceLocation } from './source-map.ts';
export { LineIndex } from './line-index.ts';
export { childPointer, escapeSegment, keyPath, lastSegment, parentPointer, parsePointer, toPointer, unescapeSegment } from './json-pointer.ts';
export { diagnosticAt } from './diagnostic-at.ts';
export { findDirectives } from './directives.ts';
export type { Directive } from './directives.ts';
