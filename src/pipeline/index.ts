export { processProject, withoutModel } from './process-project.ts';
export type { LintSettings, PipelineOptions, ShareResult } from './process-project.ts';
export { mergeResults } from './merge-results.ts';
export type { PipelineResult } from './merge-results.ts';
