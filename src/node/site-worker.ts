// A build thread: prepares its share of the notices (see prepare-site.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { LintConfig } from '../lint/index.ts';
import type { InputFile } from '../project/index.ts';
import { prepareShare } from './prepare-site.ts';

const { inputs, lint, today } = workerData as { inputs: InputFile[]; lint: LintConfig; today: string };
const result = prepareShare(inputs, lint, today, (done, total) => parentPort?.postMessage({ progress: [done, total] }));
parentPort?.postMessage({ result });
