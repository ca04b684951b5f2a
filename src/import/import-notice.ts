import type { NoticeDocument, OrganisationDocument } from '../model/index.ts';
import type { Block, ImportFormat } from './blocks.ts';
import { controllersPart, resolveControllers, type OrganisationInput } from './controllers.ts';
import type { Draft, NoticeParts, PlacedSection, UnplacedBlock } from './draft.ts';
import type { Fact } from './facts/fact.ts';
import { AUDIENCES, CHANNELS, classify } from './facts/kinds.ts';
import { blocksFromHtml } from './from-html.ts';
import { blocksFromMarkdown } from './from-markdown.ts';
import { blocksFromText } from './from-text.ts';
import { mergeTranslation } from './merge.ts';
import { registerFrom } from './places/index.ts';
import { readDraft } from './read-draft.ts';
import { guessLanguage, normalise } from './text.ts';

/** A document to import: its text (HTML for a DOCX file, which the node layer converts), its format, and its language if known. */
export interface ImportInput {
  readonly file: string;
  readonly text: string;
  readonly format: ImportFormat;
  /** `fi`, `en`, `sv`, …; guessed from the words when left out. */
  readonly language?: string;
}

export interface ImportOptions {
  /** The notice's id (from the name of the file it is written to). */
  readonly id: string;
  readonly organisation: OrganisationInput;
  /** The same notice in another language, whose texts become the notice's texts in that language. */
  readonly translation?: ImportInput;
}

/** A block of `unplaced`, with where it is. */
export interface UnplacedReport extends UnplacedBlock {
  readonly pointer: string;
}

/** What the import did: each section and where it went, each fact with its confidence, and what is unplaced. */
export interface ImportReport {
  readonly files: readonly { readonly file: string; readonly language: string; readonly guessed: boolean }[];
  readonly sections: readonly PlacedSection[];
  readonly facts: readonly Fact[];
  readonly unplaced: readonly UnplacedReport[];
  /** Texts of the original used as structure, not content: headings that name a section, labels, the document kind, date lines. */
  readonly structure: readonly string[];
  /** Lines of the original that are wholly facts (a name, an address, a telephone number), now values of the draft. */
  readonly factLines: readonly string[];
  /** What the reader must do before the draft can be valid or complete. */
  readonly problems: readonly string[];
}

/** The draft notice, the organisation file to write when there is none, and the report. */
export interface ImportResult {
  readonly notice: NoticeDocument;
  readonly organisation?: OrganisationDocument;
  readonly report: ImportReport;
}

/** The blocks of a document in any format the importer reads. */
export function blocksOf(input: ImportInput): Block[] {
  switch (input.format) {
    case 'html':
      return blocksFromHtml(input.text);
    case 'markdown':
      return blocksFromMarkdown(input.text);
    default:
      return blocksFromText(input.text);
  }
}

/** The key order of a notice file, as the schema lists its properties. */
const ORDER: readonly (keyof NoticeDocument)[] = [
  'id',
  'organisation',
  'languages',
  'lastUpdated',
  'original',
  'title',
  'register',
  'introduction',
  'controllers',
  'contacts',
  'purposes',
  'legalBasis',
  'provision',
  'dataSubjects',
  'dataCategories',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'security',
  'automatedDecisionMaking',
  'rights',
  'complaint',
  'changes',
  'unplaced',
];

/**
 * Imports an existing privacy notice (a rekisteriseloste or a GDPR-era
 * notice, in Finnish, English or Swedish) as a draft notice: pure, from the
 * document's text. Each section goes where its heading says; the notice's
 * words are kept as they are, the facts beside them are read from them, and
 * what has no place is kept in `unplaced`. Nothing is invented: a section the
 * original does not have stays not stated, for lint to report.
 */
export function importNotice(input: ImportInput, options: ImportOptions): ImportResult {
  const language = input.language ?? guessLanguage(input.text);
  const drafts: Draft[] = [readDraft(blocksOf(input), language)];
  const files = [{ file: input.file, language, guessed: input.language === undefined }];
  if (options.translation !== undefined) {
    const other = options.translation.language ?? guessLanguage(options.translation.text);
    drafts.push(readDraft(blocksOf(options.translation), other));
    files.push({ file: options.translation.file, language: other, guessed: options.translation.language === undefined });
  }
  for (const draft of drafts) finishDraft(draft);
  const [primary, translation] = drafts as [Draft, Draft | undefined];
  const languages = drafts.map((draft) => draft.language);
  const merged =
    translation === undefined
      ? { parts: primary.parts, unpaired: [] }
      : mergeTranslation(primary.parts, translation.parts, [primary.language, translation.language]);
  const controllers = resolveControllers(drafts, options.organisation);
  const unplaced: UnplacedBlock[] = [];
  const tag = (block: UnplacedBlock, draft: Draft) => (drafts.length > 1 ? { ...block, language: draft.language } : block);
  for (const draft of drafts) unplaced.push(...draft.unplaced.map((block) => tag(block, draft)));
  const controllerHeading = primary.placed.find((section) => section.topic === 'controller')?.heading;
  if (controllers.missing.length > 0)
    unplaced.push(
      tag({ ...(controllerHeading === undefined ? {} : { heading: normalise(controllerHeading) }), text: controllers.missing.join('\n\n') }, primary),
    );
  unplaced.push(...merged.unpaired);
  const parts: NoticeParts = { ...merged.parts, id: options.id, organisation: options.organisation.id, languages: languages as [string, ...string[]] };
  const controllersValue = controllersPart(parts.controllers, controllers.entities);
  if (controllersValue === undefined) delete parts.controllers;
  else parts.controllers = controllersValue;
  if (unplaced.length > 0)
    parts.unplaced = unplaced.map((block) => ({
      ...(block.heading === undefined ? {} : { heading: block.heading }),
      ...(block.language === undefined ? {} : { language: block.language }),
      text: block.text,
    })) as NonNullable<NoticeParts['unplaced']>;
  const notice = Object.fromEntries(ORDER.filter((key) => parts[key] !== undefined).map((key) => [key, parts[key]])) as unknown as NoticeDocument;
  const problems: string[] = [];
  if (primary.entities.length === 0 && options.organisation.existing === undefined)
    problems.push(
      `No controller was found in the text, so no organisation file could be written: create organisation.yaml beside the notice with \`id: ${options.organisation.id}\` and the controller as one of its \`entities\`, then name it in \`controllers.entities\``,
    );
  return {
    notice,
    ...(controllers.organisation === undefined ? {} : { organisation: controllers.organisation }),
    report: {
      files,
      sections: drafts.flatMap((draft) => draft.placed),
      facts: dedupe([...drafts.flatMap((draft) => draft.facts), ...controllers.facts]),
      unplaced: unplaced.map((block, index) => ({ ...block, pointer: `/unplaced/${String(index)}` })),
      structure: [...new Set(drafts.flatMap((draft) => draft.structure))],
      factLines: [...new Set(drafts.flatMap((draft) => draft.factLines))],
      problems,
    },
  };
}

/** What a draft needs once all its sections are read: the register's name, the date, the direct-marketing channels of its purposes. */
function finishDraft(draft: Draft): void {
  const line = draft.registerLine;
  if (line !== undefined) {
    const named = draft.parts.register?.name?.[draft.language];
    if (named === undefined) registerFrom(line, draft);
    else if (normalise(line.text).startsWith(named)) draft.structure.push(normalise(line.text));
    else {
      const intro = draft.parts.introduction?.[draft.language];
      draft.parts.introduction = draft.text([normalise(line.text), intro].filter((part) => part !== undefined).join('\n\n'));
    }
  }
  const dated = [...draft.dates].sort((a, b) => Number(b.updated) - Number(a.updated) || b.date.localeCompare(a.date))[0];
  if (dated !== undefined) {
    draft.parts.lastUpdated = dated.date;
    draft.fact({ kind: 'date', value: dated.date, confidence: 'high', source: dated.source, pointer: '/lastUpdated' });
  }
  directMarketing(draft);
}

/**
 * Direct marketing: a purpose whose words speak of it (or of marketing by a
 * channel, such as newsletters) gets the channels it names and the audiences
 * the notice names anywhere (consumers, contact persons of companies); only
 * when both are found, since the model needs both.
 */
function directMarketing(draft: Draft): void {
  const items = draft.parts.purposes?.items;
  if (items === undefined) return;
  const everything = JSON.stringify(draft.parts);
  const audiences = classify(everything, AUDIENCES);
  items.forEach((purpose, index) => {
    const kinds = purpose.kinds ?? [];
    if (!kinds.includes('direct-marketing') && !(kinds.includes('marketing') && kinds.includes('customer-communication'))) return;
    const words = `${purpose.description[draft.language] ?? ''}`;
    const channels = classify(words, CHANNELS);
    if (channels.kinds.length === 0 || audiences.kinds.length === 0) return;
    items[index] = {
      ...purpose,
      directMarketing: { channels: channels.kinds as [(typeof channels.kinds)[number]], audiences: audiences.kinds as [(typeof audiences.kinds)[number]] },
    };
    draft.fact({
      kind: 'direct-marketing',
      value: `${channels.kinds.join(', ')} to ${audiences.kinds.join(', ')}`,
      confidence: 'low',
      source: [...channels.words, ...audiences.words].join(', '),
      pointer: `/purposes/items/${String(index)}/directMarketing`,
    });
  });
}

function dedupe(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = `${fact.kind}\u0000${fact.value}\u0000${fact.pointer ?? ''}\u0000${fact.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
