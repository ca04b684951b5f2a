export { processProject, withoutModel } from './process-project.ts';
export type { LintSettings, PipelineOptions, ShareResult } from './process-project.ts';
export { mergeResults } from './merge-results.ts';
export type { PipelineResult } from './merge-results.ts';
// The first stage alone (what `validate` runs): import it from its own module to load no lint or render code.
export { loadShare, mergeLoaded } from './load-stage.ts';
export type { LoadedProject, LoadedShare } from './load-stage.ts';
