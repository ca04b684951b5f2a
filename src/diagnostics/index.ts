export type { Diagnostic, Position, Severity } from './diagnostic.ts';
export { FILE_START } from './diagnostic.ts';
export { compareDiagnostics, countBySeverity, hasErrors, sortDiagnostics } from './compare.ts';
export { formatDiagnostic, formatDiagnostics, plural, summarize, toDiagnosticJson } from './format.ts';
export type { DiagnosticJson } from './format.ts';
export { closestMatch, code, expectedOneOf, listOf, visible } from './message.ts';
export { capPerFile, MAX_DIAGNOSTICS_PER_FILE } from './cap.ts';
