// A build thread: the pipeline over its share of the notices (see prepare-site.ts), in memory or into the store;
// or the site's records, written while Astro makes the pages (see site-records.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { processProject, withoutModel, type LintSettings } from '../pipeline/index.ts';
import type { InputFile } from '../project/index.ts';
import type { PublishedSite } from '../publish/index.ts';
import { installedLocales } from './locale-files.ts';
import { defaultTranslator } from './locales.ts';
import { writeRecords } from './site-records.ts';
import { storeNotices, type StoreTask } from './store-notices.ts';

const task = workerData as { inputs: InputFile[]; lint: LintSettings } | { store: StoreTask } | { records: { site: PublishedSite; dir: string } };
const result =
  'records' in task
    ? writeRecords(task.records.site, task.records.dir)
    : 'store' in task
      ? storeNotices(task.store, (done) => parentPort?.postMessage({ progress: [done, task.store.units.length] }))
      : withoutModel(
          processProject(task.inputs, {
            locales: installedLocales(),
            translator: defaultTranslator(),
            lint: task.lint,
            onProgress: (done, total) => parentPort?.postMessage({ progress: [done, total] }),
          }),
        );
parentPort?.postMessage({ done: true, result });
