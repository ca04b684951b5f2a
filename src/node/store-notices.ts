import { processProject, withoutModel, type LintSettings } from '../pipeline/index.ts';
import type { InputFile } from '../project/index.ts';
import { publishNotice, type PublishOptions } from '../publish/index.ts';
import { installedLocales } from './locale-files.ts';
import { defaultTranslator } from './locales.ts';
import { writeStored, type StoredResult } from './notice-store.ts';

/** One notice with its organisation's file, and the key its files are kept under. */
export interface NoticeUnit {
  readonly key: string;
  readonly files: readonly InputFile[];
}

/** The notices a build thread (or the build itself) publishes into the store. */
export interface StoreTask {
  readonly units: readonly NoticeUnit[];
  readonly lint: LintSettings;
  /** The store's folder. */
  readonly store: string;
  readonly publish: Pick<PublishOptions, 'siteUrl'>;
  /** Replaces the entries already in the store (`seloste build --fresh`). */
  readonly fresh?: boolean;
}

/**
 * The pipeline over each notice of `task` on its own: its files written into
 * the store where it is valid, and what the pipeline found of it, by key.
 * A notice that is not valid has no files; its result is not kept, so that
 * it is read again until it is fixed.
 */
export function storeNotices(task: StoreTask, onDone?: (count: number) => void): (readonly [string, StoredResult])[] {
  const locales = installedLocales();
  const translator = defaultTranslator();
  return task.units.map((unit, index) => {
    const { rendered, siteTexts: _, ...result } = withoutModel(processProject(unit.files, { locales, translator, lint: task.lint }));
    const [notice] = rendered ?? [];
    let stored: StoredResult = { result };
    if (notice !== undefined) {
      const published = publishNotice(notice, task.publish);
      stored = { result, notice: published.notice };
      writeStored(task.store, unit.key, published.files, stored, task.fresh === true);
    }
    onDone?.(index + 1);
    return [unit.key, stored] as const;
  });
}
