// A build thread: the pipeline over its share of the notices (see prepare-site.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { processProject, withoutModel, type LintSettings } from '../pipeline/index.ts';
import type { InputFile } from '../project/index.ts';
import { installedLocales } from './locale-files.ts';
import { defaultTranslator } from './locales.ts';

const { inputs, lint } = workerData as { inputs: InputFile[]; lint: LintSettings };
const result = processProject(inputs, {
  locales: installedLocales(),
  translator: defaultTranslator(),
  lint,
  onProgress: (done, total) => parentPort?.postMessage({ progress: [done, total] }),
});
parentPort?.postMessage({ result: withoutModel(result) });
