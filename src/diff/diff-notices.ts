import type { Notice } from '../model/index.ts';
import { localizedTexts } from '../schema/index.ts';
import { createContext, type DiffContext } from './context.ts';
import { compareLeftovers, type DocumentVersion } from './leftovers.ts';
import { compareAutomated } from './sections/automated.ts';
import { compareCollections } from './sections/collections.ts';
import { compareControllers } from './sections/controllers.ts';
import { compareLanguages } from './sections/languages.ts';
import { comparePurposes } from './sections/purposes.ts';
import { compareRetention } from './sections/retention.ts';
import { compareRights } from './sections/rights.ts';
import { compareTransfers } from './sections/transfers.ts';
import type { NoticeDiff, VersionInfo } from './types.ts';

/**
 * What a version says about itself rather than about the processing: its
 * id, organisation and date, the source copy it was written from and its
 * change log. The diff leaves them out; the log is shown beside the changes.
 */
const NOT_COMPARED = ['/id', '/organisation', '/lastUpdated', '/original', '/changes/log'];

/**
 * What changed between two versions of a notice, in meaning: the models are
 * compared, not the texts' lines. Each section's comparison reports the
 * changes it understands (a purpose added, a retention lengthened, a new
 * recipient), each with its significance and its place in both versions;
 * what is left is compared value by value and text by text, so that nothing
 * that changed goes unreported. Organisation files are compared for what
 * concerns the notice: its controllers, the contact details and the DPO.
 */
export function diffNotices(old: Notice, current: Notice): NoticeDiff {
  const context = createContext(old, current);
  const languages = old.languages.filter((language) => current.languages.includes(language));
  for (const pointer of NOT_COMPARED) context.claim('notice', pointer, 'all');
  compareLanguages(context);
  compareControllers(context);
  comparePurposes(context);
  compareCollections(context);
  compareTransfers(context);
  compareRetention(context);
  compareAutomated(context);
  compareRights(context, languages);
  compareLeftovers(context, 'notice', version(old, 'notice'), version(current, 'notice'), context.claims, languages);
  compareLeftovers(context, 'organisation', version(old, 'organisation'), version(current, 'organisation'), context.claims, languages);
  const title = current.document.title ?? current.document.register?.name;
  return { id: current.id, ...(title === undefined ? {} : { title }), old: versionInfo(old), new: versionInfo(current), changes: inDocumentOrder(context) };
}

/** The texts of each document, found once: a notice is compared with the versions before and after it, an organisation file for each of its notices. */
const textsOf = new WeakMap<object, ReadonlySet<object>>();

function version(notice: Notice, file: 'notice' | 'organisation'): DocumentVersion {
  const document = file === 'notice' ? notice.document : notice.organisation.document;
  let texts = textsOf.get(document);
  if (texts === undefined) {
    texts = new Set(localizedTexts(file, document).map((text) => text.text));
    textsOf.set(document, texts);
  }
  return { data: document, texts };
}

function versionInfo(notice: Notice): VersionInfo {
  return {
    file: notice.source.file,
    organisationFile: notice.organisation.source.file,
    ...(notice.document.lastUpdated === undefined ? {} : { lastUpdated: notice.document.lastUpdated }),
    languages: notice.languages,
  };
}

/** The changes in the order a reader meets them: the notice's, by line in the new version (else the old), then the organisation file's. */
function inDocumentOrder(context: DiffContext & { readonly changes: readonly NoticeDiff['changes'][number][] }): NoticeDiff['changes'] {
  const line = (change: NoticeDiff['changes'][number]) => (change.new ?? change.old)?.line ?? 0;
  return context.changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => Number(a.change.file === 'organisation') - Number(b.change.file === 'organisation') || line(a.change) - line(b.change) || a.index - b.index)
    .map(({ change }) => change);
}
