import { allValues, emailsOf, phonesOf, type ContactDetails, type LocalizedText, type PerLanguage } from '../../model/index.ts';
import type { NoticeRecord, ProcessingActivity } from '../record-types.ts';
import { addressIn, textIn } from '../texts.ts';

/** The languages the spreadsheet's headers and words come in. */
export const CSV_LANGUAGES = ['fi', 'en'] as const;

/** A language of the spreadsheet. */
export type CsvLanguage = (typeof CSV_LANGUAGES)[number];

/** The columns: the notice and the activity, then GDPR Art. 30(1)(a)–(g) (the legal basis beside the purposes), with their headers. */
const COLUMNS: readonly { readonly fi: string; readonly en: string }[] = [
  { fi: 'Seloste', en: 'Notice' },
  { fi: 'Käsittelytoimi', en: 'Processing activity' },
  {
    fi: '(a) Rekisterinpitäjä, edustaja ja tietosuojavastaava sekä niiden yhteystiedot',
    en: '(a) Controller, representative and data protection officer, with contact details',
  },
  { fi: '(b) Käsittelyn tarkoitukset', en: '(b) Purposes of the processing' },
  { fi: 'Käsittelyn oikeusperuste', en: 'Legal basis of the processing' },
  { fi: '(c) Rekisteröityjen ryhmät', en: '(c) Categories of data subjects' },
  { fi: '(c) Henkilötietoryhmät', en: '(c) Categories of personal data' },
  { fi: '(d) Vastaanottajien ryhmät', en: '(d) Categories of recipients' },
  { fi: '(e) Siirrot kolmansiin maihin ja suojatoimet', en: '(e) Transfers to third countries and their safeguards' },
  { fi: '(f) Poistamisen määräajat', en: '(f) Time limits for erasure' },
  { fi: '(g) Tekniset ja organisatoriset turvatoimet', en: '(g) Technical and organisational security measures' },
];

/** The spreadsheet's own words: for silence, for none, and the labels inside cells. */
const WORDS: Readonly<
  Record<
    CsvLanguage,
    {
      readonly notStated: string;
      readonly none: string;
      readonly representative: string;
      readonly dpo: string;
      readonly contact: string;
      readonly jointly: string;
    }
  >
> = {
  fi: {
    notStated: 'Ei ilmoitettu',
    none: 'Ei ole',
    representative: 'Edustaja',
    dpo: 'Tietosuojavastaava',
    contact: 'Yhteystiedot',
    jointly: 'Yhteisrekisterinpitäjät',
  },
  en: {
    notStated: 'Not stated',
    none: 'None',
    representative: 'Representative',
    dpo: 'Data protection officer',
    contact: 'Contact',
    jointly: 'Joint controllers',
  },
};

/** Separates the values of a cell that holds several. */
const VALUES = '\n';

/**
 * The register of processing as a table: a header row in `lang`, then one
 * row per processing activity of every record. Each cell says what the
 * notice says in that language (else in the next language the notice has);
 * “Not stated” (`Ei ilmoitettu`) where it is silent and “None” (`Ei ole`)
 * where it says there is none, so that the two stay apart; closed
 * vocabularies as their codes (`staff-training`), legal bases as GDPR points.
 */
export function recordsTable(records: readonly NoticeRecord[], lang: CsvLanguage): string[][] {
  return [
    COLUMNS.map((column) => column[lang]),
    ...records.flatMap((record) => record.processingActivities.map((activity) => new Row(record, lang).cells(activity))),
  ];
}

/**
 * The register of processing as a CSV file spreadsheet programs open as it
 * is: UTF-8 with a byte-order mark, fields quoted where they must be
 * (RFC 4180), records ending in CRLF, several values of a cell on lines of
 * their own.
 */
export function recordsCsv(records: readonly NoticeRecord[], lang: CsvLanguage): string {
  return `\uFEFF${csvLines(recordsTable(records, lang))}`;
}

/** The rows of one record in the spreadsheet, without the header ({@link recordsCsv} is the byte-order mark, the header, then these of each record). */
export function recordCsvRows(record: NoticeRecord, lang: CsvLanguage): string {
  return csvLines(recordsTable([record], lang).slice(1));
}

/** The byte-order mark and the header row of the spreadsheet, for rows made by {@link recordCsvRows}. */
export function csvHeader(lang: CsvLanguage): string {
  return `\uFEFF${csvLines(recordsTable([], lang))}`;
}

function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** A field as CSV writes it: quoted, with quotes doubled, where it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One row: the record's facts in one language. */
class Row {
  readonly #record: NoticeRecord;
  readonly #lang: CsvLanguage;
  readonly #words: (typeof WORDS)[CsvLanguage];

  constructor(record: NoticeRecord, lang: CsvLanguage) {
    this.#record = record;
    this.#lang = lang;
    this.#words = WORDS[lang];
  }

  #text(value: PerLanguage<string> | LocalizedText | undefined): string | undefined {
    return textIn(value, this.#lang, this.#record.notice.languages);
  }

  /** A cell's values on lines of their own. */
  #lines(values: readonly (string | undefined)[]): string {
    return values.filter((value): value is string => value !== undefined && value !== '').join(VALUES);
  }

  /** A statement's cell: its items' lines and its words where given, the notice's words or “None” where none, “Not stated” where silent. */
  #statement<Item>(
    statement:
      | { readonly status: 'given'; readonly items: readonly Item[]; readonly description?: LocalizedText }
      | { readonly status: 'none'; readonly description?: LocalizedText }
      | { readonly status: 'not-stated' },
    line: (item: Item) => string | undefined,
  ): string {
    if (statement.status === 'not-stated') return this.#words.notStated;
    if (statement.status === 'none') return this.#text(statement.description) ?? this.#words.none;
    return this.#lines([...statement.items.map(line), this.#text(statement.description)]) || this.#words.notStated;
  }

  cells(activity: ProcessingActivity): string[] {
    const record = this.#record;
    return [
      record.notice.id,
      activity.id ?? '',
      this.#controllers(),
      this.#lines([this.#text(activity.name ?? activity.label), this.#text(activity.description)]) || this.#words.notStated,
      this.#legalBasis(activity),
      this.#statement(activity.dataSubjects, (group) => this.#text(group.label)),
      this.#statement(activity.dataCategories, (category) => this.#text(category.label)),
      this.#statement(activity.recipients, (recipient) => this.#lines([this.#text(recipient.label), this.#text(recipient.name)]).replaceAll(VALUES, ': ')),
      this.#transfers(activity),
      this.#statement(activity.retention, (rule) => this.#text(rule.description) ?? this.#lines([rule.period, ...(rule.until ?? [])]).replaceAll(VALUES, ', ')),
      this.#statement(record.securityMeasures, (measure) => measure),
    ];
  }

  /** (a): each controller with its business ID and contact details, the joint controllers' arrangement, the representative and the DPO. */
  #controllers(): string {
    const { controllers, representative, dpo } = this.#record;
    const words = this.#words;
    const entities =
      controllers.status === 'given'
        ? controllers.items.map((item) =>
            [this.#text(item.entity?.name), this.#text(item.unit), item.entity?.businessId, this.#contact(item.entity?.contact)]
              .filter((part) => part !== undefined && part !== '')
              .join(', '),
          )
        : [words.notStated];
    const joint =
      controllers.status === 'given' && controllers.jointControllership !== undefined
        ? `${words.jointly}: ${this.#text(controllers.jointControllership.arrangement ?? controllers.jointControllership.parties) ?? ''}`
        : undefined;
    const representativeLine =
      representative.status === 'given'
        ? `${words.representative}: ${[this.#text(representative.value.name), this.#contact(representative.value.contact)].filter(Boolean).join(', ')}`
        : undefined;
    const dpoLine =
      dpo.status === 'given'
        ? `${words.dpo}: ${[this.#text(dpo.value.name), this.#text(dpo.value.role), this.#contact(dpo.value.contact)].filter(Boolean).join(', ')}`
        : `${words.dpo}: ${dpo.status === 'none' ? words.none : words.notStated}`;
    const contacts = this.#record.contacts.status === 'given' ? this.#record.contacts.items.map((contact) => this.#contact(contact)).filter(Boolean) : [];
    return this.#lines([...entities, joint, representativeLine, dpoLine, contacts.length === 0 ? undefined : `${words.contact}: ${contacts.join('; ')}`]);
  }

  /** Contact details on one line: address, e-mail addresses and telephone numbers. */
  #contact(contact: Partial<Pick<ContactDetails, 'email' | 'phone' | 'postalAddress'>> | undefined): string | undefined {
    if (contact === undefined) return undefined;
    const values = [
      contact.postalAddress === undefined ? undefined : addressIn(contact.postalAddress, this.#lang, this.#record.notice.languages),
      ...emailsOf(contact).map(({ value }) => this.#text(value) ?? allValues(value)[0]?.value),
      ...phonesOf(contact).map(({ value }) => this.#text(value) ?? allValues(value)[0]?.value),
    ];
    return values.filter((value) => value !== undefined).join(', ') || undefined;
  }

  /** The legal basis: each basis as its GDPR point with its Art. 9(2) condition and legitimate interest, then the statement in the notice's words. */
  #legalBasis(activity: ProcessingActivity): string {
    const statement = activity.legalBasis;
    if (statement.status !== 'given') return this.#words.notStated;
    const bases = statement.items.map((item) =>
      [
        item.article === undefined ? undefined : `GDPR ${item.article}`,
        item.specialCategoryCondition,
        item.hedge,
        this.#text(item.legitimateInterest ?? item.description),
      ]
        .filter((part) => part !== undefined)
        .join(', '),
    );
    return this.#lines([...bases, this.#text(statement.description)]) || this.#words.notStated;
  }

  /** (e): each destination's countries and mechanism, safeguards named without a destination, and the notice's words. */
  #transfers(activity: ProcessingActivity): string {
    const transfers = activity.transfers;
    if (transfers.status !== 'given') return transfers.status === 'none' ? (this.#text(transfers.description) ?? this.#words.none) : this.#words.notStated;
    return (
      this.#lines([
        ...transfers.items.map((destination) => `${destination.countries.join(', ')}: ${destination.mechanism}`),
        (transfers.mechanisms ?? []).join(', '),
        this.#text(transfers.description),
      ]) || this.#words.notStated
    );
  }
}
