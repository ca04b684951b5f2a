import { emailsOf, phonesOf, type Address, type ContactDetails, type LocalizedText, type PerLanguage } from '../../model/index.ts';
import { siteAddress, tiltFile } from '../addresses.ts';
import { tiltTerms } from '../dpv/vocabulary-mapping.ts';
import type { GivenIn, NoticeRecord, ProcessingActivity } from '../record-types.ts';
import { recordAt } from '../record.ts';
import { addressIn, textIn } from '../texts.ts';
import { tiltControllerKeys, type TiltController } from './controllers.ts';
import { Gaps, PLACEHOLDER } from './placeholders.ts';

/** Where the documents are published, and the date they are made on (for a notice that gives no date). */
export interface TiltOptions {
  readonly siteUrl?: string;
  /** Today, `YYYY-MM-DD`: `meta.created` and `meta.modified` of a notice without `lastUpdated`. */
  readonly exportedOn: string;
}

/** A TILT document as JSON: validated against the TILT schema by the tests, not typed field by field here. */
export type TiltDocument = Readonly<Record<string, unknown>>;

/** One TILT document of a notice, for one of its controllers. */
export interface TiltExport {
  /** The id of the controller's legal entity, where the notice names one. */
  readonly controller?: string;
  /** The document's path in the published site. */
  readonly file: string;
  readonly document: TiltDocument;
  /** JSON pointers of the fields TILT requires that the notice does not state: each holds a placeholder, listed in its object's `_notStated` (or `_none`). */
  readonly notStated: readonly string[];
}

/** TILT's pattern for telephone numbers: a number the notice writes otherwise is left out rather than changed. */
const TILT_PHONE = /^[+]*[(]{0,1}[0-9]{1,4}[)]{0,1}[-\s./0-9]*$/u;

/** An e-mail address as TILT's `email` format takes it: one the notice writes otherwise (`x(at)example.fi`) is not carried over as an address. */
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/iu;

/** TILT's fields for single rights, in TILT's order; which of the notice's rights fill each is in the mapping data. */
const RIGHT_FIELDS = ['rightToInformation', 'rightToRectificationOrDeletion', 'rightToDataPortability', 'rightToWithdrawConsent', 'rightToComplain'] as const;

/**
 * The record of one notice as TILT (Transparency Information Language)
 * documents: one per controller, since a TILT document has one; each in the
 * notice's original language (a text missing in it is taken from the next
 * language that has it). Every field TILT requires comes from the notice or,
 * where the notice does not state it, holds a placeholder that says so (see
 * placeholders.ts): never an invented value. `dataDisclosed` and `sources`
 * are per data category, as TILT has them: each category with the purposes,
 * legal bases, recipients and time limits of the activities it belongs to.
 */
export function tiltDocuments(published: NoticeRecord, options: TiltOptions): TiltExport[] {
  const record = options.siteUrl === undefined ? published : recordAt(published, options.siteUrl);
  return tiltControllerKeys(record).map((controller) => {
    const gaps = new Gaps();
    const file = tiltFile(record.notice.id, controller.key);
    const document = new TiltWriter(record, options, gaps).document(controller, file);
    return { ...(controller.entity === undefined ? {} : { controller: controller.entity }), file, document, notStated: gaps.pointers };
  });
}

type Activity = ProcessingActivity;
type DataCategory = GivenIn<'dataCategories'>['items'][number];
type RightItem = Extract<NoticeRecord['rights'], { readonly status: 'given' }>['items'][number];

/** Writes one document; holds what every field needs: the record, the language and the gaps found. */
class TiltWriter {
  readonly #record: NoticeRecord;
  readonly #options: TiltOptions;
  readonly #gaps: Gaps;
  readonly #languages: readonly string[];
  readonly #lang: string;
  /** How many entries `sources` has so far, for their pointers. */
  #sourceCount = 0;

  constructor(record: NoticeRecord, options: TiltOptions, gaps: Gaps) {
    this.#record = record;
    this.#options = options;
    this.#gaps = gaps;
    this.#languages = record.notice.languages;
    this.#lang = this.#languages[0] ?? 'fi';
  }

  /** A text of the record in the document's language. */
  #text(value: PerLanguage<string> | LocalizedText | undefined): string | undefined {
    return textIn(value, this.#lang, this.#languages);
  }

  document(controller: TiltController, file: string): TiltDocument {
    return this.#gaps.object(
      '',
      {
        meta: this.#meta(controller, file),
        controller: this.#controller(controller),
        dataProtectionOfficer: this.#dpo(),
        dataDisclosed: this.#dataDisclosed(),
        thirdCountryTransfers: this.#transfers(),
        accessAndDataPortability: this.#accessAndPortability(),
        sources: this.#sources(),
        ...Object.fromEntries(RIGHT_FIELDS.map((field) => [field, this.#right(field)])),
        automatedDecisionMaking: this.#automatedDecisionMaking(),
        // the notice model has no planned changes of purpose
        changesOfPurpose: undefined,
      },
      { changesOfPurpose: [], thirdCountryTransfers: [], sources: [] },
    );
  }

  #meta(controller: TiltController, file: string) {
    const { notice } = this.#record;
    const date = notice.lastUpdated;
    return this.#gaps.object(
      '/meta',
      {
        _id: this.#options.siteUrl === undefined ? `${notice.organisation}/${file}` : siteAddress(file, this.#options.siteUrl),
        name: this.#controllerName(controller),
        created: date,
        modified: date,
        // the notice model has no version number: lastUpdated and _hash tell versions apart
        version: undefined,
        language: this.#lang.split('-')[0],
        status: 'active',
        url: notice.pages[this.#lang] ?? Object.values(notice.pages)[0],
        _hash: notice.contentHash,
      },
      { name: PLACEHOLDER.notStated.text, created: this.#options.exportedOn, modified: this.#options.exportedOn, version: 1 },
    );
  }

  #controllerName(controller: TiltController): string | undefined {
    const item = controller.item;
    return this.#text(item?.entity?.name ?? item?.unit);
  }

  #controller(controller: TiltController) {
    const entity = controller.item?.entity;
    const address = postalAddress(entity?.contact);
    const division = entity === undefined ? undefined : this.#text(controller.item?.unit);
    const required = this.#gaps.object(
      '/controller',
      {
        name: this.#controllerName(controller),
        address: address === undefined ? undefined : addressIn(address, this.#lang, this.#languages),
        country: address === undefined ? undefined : (address.country ?? 'FI'),
        representative: this.#representative(),
      },
      { name: PLACEHOLDER.notStated.text, address: PLACEHOLDER.notStated.text, country: PLACEHOLDER.country },
    );
    return { ...required, ...defined({ division }) };
  }

  /** The representative in the Union where organisation.yaml names one; else the notice's contact for the register. */
  #representative() {
    const { representative, contacts } = this.#record;
    const contact =
      representative.status === 'given'
        ? { name: representative.value.name, ...representative.value.contact }
        : contactFor(contacts, ['register', 'privacy', 'general']);
    const required = this.#gaps.object(
      '/controller/representative',
      { name: this.#text(contact?.name), email: this.#email(contact) },
      { name: PLACEHOLDER.notStated.text, email: PLACEHOLDER.notStated.email },
    );
    return { ...required, ...defined({ phone: contact === undefined ? undefined : this.#phone(contact) }), ...this.#asWritten(contact) };
  }

  /** The first e-mail address of contact details, where it is one TILT takes. */
  #email(contact: Pick<ContactDetails, 'email'> | undefined): string | undefined {
    const written = this.#writtenEmail(contact);
    return written !== undefined && EMAIL.test(written) ? written : undefined;
  }

  #writtenEmail(contact: Pick<ContactDetails, 'email'> | undefined): string | undefined {
    const [first] = contact === undefined ? [] : emailsOf(contact);
    return first === undefined ? undefined : this.#text(first.value);
  }

  /** `_asWritten`: an e-mail address TILT requires that the notice writes in a form TILT does not take, kept as written beside the placeholder. */
  #asWritten(contact: Pick<ContactDetails, 'email'> | undefined): { _asWritten?: { email: string } } {
    const written = this.#writtenEmail(contact);
    return written === undefined || this.#email(contact) !== undefined ? {} : { _asWritten: { email: written } };
  }

  #phone(contact: Pick<ContactDetails, 'phone'>): string | undefined {
    const [first] = phonesOf(contact);
    const phone = first === undefined ? undefined : this.#text(first.value);
    return phone !== undefined && TILT_PHONE.test(phone) ? phone : undefined;
  }

  #dpo() {
    const { dpo } = this.#record;
    const value = dpo.status === 'given' ? dpo.value : undefined;
    const address = postalAddress(value?.contact);
    const reason = dpo.status === 'none' ? 'none' : 'notStated';
    const words = PLACEHOLDER[reason];
    const required = this.#gaps.object(
      '/dataProtectionOfficer',
      {
        name: this.#text(value?.name ?? value?.role),
        address: address === undefined ? undefined : addressIn(address, this.#lang, this.#languages),
        country: address === undefined ? undefined : (address.country ?? 'FI'),
        email: this.#email(value?.contact),
      },
      { name: words.text, address: words.text, country: PLACEHOLDER.country, email: words.email },
      reason,
    );
    return { ...required, ...defined({ phone: value?.contact === undefined ? undefined : this.#phone(value.contact) }), ...this.#asWritten(value?.contact) };
  }

  /** The data categories of every activity, once each, in the order they first appear; an activity without categories as one entry of its own. */
  #categories(): { readonly category: DataCategory | undefined; readonly activities: readonly Activity[]; readonly id: string }[] {
    const entries = new Map<string, { category: DataCategory | undefined; activities: Activity[]; id: string }>();
    for (const activity of this.#record.processingActivities) {
      const items = activity.dataCategories.status === 'given' ? activity.dataCategories.items : [];
      if (items.length === 0) {
        const id = `${activity.id ?? 'register'}.categories-not-stated`;
        entries.set(id, { category: undefined, activities: [activity], id });
      }
      for (const category of items) {
        const entry = entries.get(category.id) ?? { category, activities: [], id: category.id };
        entry.activities.push(activity);
        entries.set(category.id, entry);
      }
    }
    return [...entries.values()];
  }

  #dataDisclosed() {
    return this.#categories().map(({ category, activities, id }, index) => {
      const pointer = `/dataDisclosed/${index}`;
      const [first] = activities;
      return this.#gaps.object(
        pointer,
        {
          _id: id,
          category: this.#text(category?.label),
          // a notice that states no purposes has none to list
          purposes: nonEmpty(this.#purposes(activities, `${pointer}/purposes`)),
          legalBases: allStated(activities, (activity) => activity.legalBasis)
            ? unique(activities.flatMap((activity) => this.#legalBases(activity)))
            : undefined,
          legitimateInterests: allStated(activities, (activity) => activity.legalBasis)
            ? unique(activities.flatMap((activity) => this.#legitimateInterests(activity, pointer)))
            : undefined,
          recipients: allStated(activities, (activity) => activity.recipients)
            ? unique(activities.flatMap((activity) => this.#recipients(activity)))
            : undefined,
          storage: allStated(activities, (activity) => activity.retention) ? this.#storage(activities, `${pointer}/storage`) : undefined,
          nonDisclosure: this.#nonDisclosure(first, category, `${pointer}/nonDisclosure`),
        },
        { category: PLACEHOLDER.notStated.text, purposes: [], legalBases: [], legitimateInterests: [], recipients: [], storage: [] },
      );
    });
  }

  #purposes(activities: readonly Activity[], pointer: string) {
    return activities.flatMap((activity, index) => {
      if (activity.id === undefined) return [];
      const headline = this.#text(activity.name ?? activity.label ?? activity.description);
      const description = this.#text(activity.description ?? activity.name ?? activity.label);
      return [
        this.#gaps.object(
          `${pointer}/${index}`,
          { purpose: headline, description },
          { purpose: PLACEHOLDER.notStated.text, description: PLACEHOLDER.notStated.text },
        ),
      ];
    });
  }

  readonly #legalBases = once((activity: Activity) => {
    if (activity.legalBasis.status !== 'given') return [];
    const { items, description } = activity.legalBasis;
    const words = (own: LocalizedText | undefined) => this.#text(own ?? (items.length === 1 ? description : undefined));
    return items.flatMap((item) => [
      ...(item.basis === undefined
        ? []
        : tiltTerms('legalBasis', item.basis).map((reference) => withText({ reference }, 'description', words(item.description)))),
      ...(item.specialCategoryCondition === undefined
        ? []
        : tiltTerms('specialCategoryCondition', item.specialCategoryCondition).map((reference) => ({ reference }))),
    ]);
  });

  /** Whether the activity rests on legitimate interests, and the interests in the notice's words (the statement's own words where it names no interest). */
  #legitimateInterests(activity: Activity, pointer: string) {
    if (activity.legalBasis.status !== 'given') return [];
    const { items, description } = activity.legalBasis;
    const legitimate = items.filter((item) => item.basis === 'legitimate-interests');
    if (legitimate.length === 0) return items.some((item) => item.basis !== undefined) ? [{ exists: false }] : [];
    const reasons = unique(legitimate.map((item) => this.#text(item.legitimateInterest ?? item.description ?? description)));
    return reasons.map((reasoning) =>
      reasoning === undefined
        ? this.#gaps.object(`${pointer}/legitimateInterests`, { exists: true, reasoning }, { reasoning: PLACEHOLDER.notStated.text })
        : { exists: true, reasoning },
    );
  }

  readonly #recipients = once((activity: Activity) => {
    if (activity.recipients.status !== 'given') return [];
    return activity.recipients.items.map((recipient) => {
      const category = this.#text(recipient.label) ?? recipient.role;
      return { ...withText({}, 'name', this.#text(recipient.name)), ...(recipient.country === undefined ? {} : { country: recipient.country }), category };
    });
  });

  /**
   * The time limits of the activities a category belongs to, as one entry:
   * periods as TILT's `temporal` (ISO 8601 durations), the other rules as
   * `purposeConditional`, each in the notice's words.
   */
  #storage(activities: readonly Activity[], pointer: string) {
    const rules = unique(activities.flatMap((activity) => (activity.retention.status === 'given' ? activity.retention.items : [])));
    if (rules.length === 0) return [];
    const temporal = unique(
      rules.flatMap((rule) => (rule.period === undefined ? [] : [{ description: this.#text(rule.description) ?? rule.period, ttl: rule.period }])),
    );
    const conditional = unique(
      rules
        .flatMap((rule) =>
          rule.period !== undefined
            ? []
            : [this.#text(rule.description) ?? [...(rule.until ?? []), ...(rule.permanent === true ? ['permanent'] : [])].join(', ')],
        )
        .filter((text) => text !== ''),
    );
    // how several time limits combine is not something a notice states
    return [this.#gaps.object(`${pointer}/0`, { temporal, purposeConditional: conditional, aggregationFunction: undefined }, { aggregationFunction: 'max' })];
  }

  /** Whether the data must be provided (Art. 13(2)(e)): the activity's provision, and the category's own `mandatory` where the notice says it. */
  #nonDisclosure(activity: Activity | undefined, category: DataCategory | undefined, pointer: string) {
    const provision = activity?.provision.status === 'given' ? activity.provision : undefined;
    const requirement = provision?.value;
    const known = requirement !== undefined;
    return this.#gaps.object(
      pointer,
      {
        legalRequirement: known ? requirement === 'statutory' : undefined,
        contractualRegulation: known ? requirement === 'contractual' || requirement === 'pre-contractual' : undefined,
        obligationToProvide: category?.mandatory ?? (requirement === 'voluntary' ? false : requirement === 'statutory' ? true : undefined),
        consequences: this.#text(provision?.consequences ?? provision?.description),
      },
      { legalRequirement: false, contractualRegulation: false, obligationToProvide: false, consequences: PLACEHOLDER.notStated.text },
    );
  }

  /** Transfers to third countries: each destination's countries with the TILT field of its mechanism; safeguards named without a destination as an entry without a country. */
  #transfers() {
    const transfers = this.#record.processingActivities.map((activity) => activity.transfers);
    if (transfers.every((statement) => statement.status === 'not-stated')) return undefined;
    const given = transfers.find((statement) => statement.status === 'given');
    if (given === undefined || given.status !== 'given') return [];
    const guarantee = (mechanism: Parameters<typeof tiltTerms<'transferMechanism'>>[1], description: string | undefined, pointer: string) =>
      Object.fromEntries(
        tiltTerms('transferMechanism', mechanism).map((field) => [
          field,
          this.#gaps.object(`${pointer}/${field}`, { available: true, description }, { description: PLACEHOLDER.notStated.text }),
        ]),
      );
    const destinations = new Map<string, Record<string, unknown>>();
    for (const statement of transfers) {
      if (statement.status !== 'given') continue;
      for (const destination of statement.items) {
        for (const country of destination.countries) {
          const key = `${country} ${destination.mechanism}`;
          if (!destinations.has(key))
            destinations.set(key, {
              country,
              ...guarantee(
                destination.mechanism,
                this.#text(destination.safeguardsCopy ?? destination.description),
                `/thirdCountryTransfers/${destinations.size}`,
              ),
            });
        }
      }
    }
    const general = (given.mechanisms ?? []).map((mechanism, index) => {
      const pointer = `/thirdCountryTransfers/${destinations.size + index}`;
      return { ...this.#gaps.object(pointer, { country: undefined }, {}), ...guarantee(mechanism, this.#text(given.description), pointer) };
    });
    const unspecified = destinations.size === 0 && general.length === 0 ? [this.#gaps.object(`/thirdCountryTransfers/0`, { country: undefined }, {})] : [];
    return [...destinations.values(), ...general, ...unspecified];
  }

  /** Where the data come from, per data category, as TILT has it (Art. 14: sources other than the data subject). */
  #sources() {
    if (this.#record.processingActivities.every((activity) => activity.sources.status === 'not-stated')) return undefined;
    return this.#categories().flatMap(({ category, activities, id }) => {
      const sources = activities
        .flatMap((activity) => (activity.sources.status === 'given' ? activity.sources.items : []))
        .filter(
          (source) =>
            source.kind !== 'data-subject' && (category === undefined || source.dataCategories === undefined || source.dataCategories.includes(category.id)),
        );
      const unique = [...new Map(sources.map((source) => [source.id, source])).values()];
      if (unique.length === 0) return [];
      const index = this.#sourceCount++;
      return [
        {
          _id: id,
          dataCategory: this.#text(category?.label) ?? PLACEHOLDER.notStated.text,
          sources: unique.map((source, number) =>
            this.#gaps.object(
              `/sources/${index}/sources/${number}`,
              {
                description: this.#text(source.label) ?? source.kind,
                url: undefined,
                publiclyAvailable: source.publiclyAvailable ?? (source.kind === 'public-sources' ? true : undefined),
              },
              { url: '', publiclyAvailable: false },
            ),
          ),
        },
      ];
    });
  }

  /** The notice's rights items that fill a TILT right field (from the mapping data). */
  #rightItems(field: string): RightItem[] {
    const rights = this.#record.rights;
    if (rights.status !== 'given') return [];
    return rights.items.filter((item) => item.covers.some((right) => tiltTerms('right', right).includes(field)));
  }

  /** A right as TILT has it: available where the notice lists it (not where it says it does not apply), with its words, contact, identification and fee. */
  #rightFacts(field: string) {
    const items = this.#rightItems(field);
    const rights = this.#record.rights.status === 'given' ? this.#record.rights : undefined;
    const contact = contactFor(this.#record.contacts, ['rights-requests', 'privacy', 'register', 'general']);
    const identification = items.map((item) => this.#text(item.identification)).find((text) => text !== undefined) ?? this.#text(rights?.identification);
    const fee = items.map((item) => item.fee).find((value) => value !== undefined) ?? rights?.fee;
    const texts = items
      .flatMap((item) => [this.#text(item.label), this.#text(item.description), this.#text(item.conditions)])
      .filter((text) => text !== undefined);
    return {
      available: items.length === 0 ? undefined : items.some((item) => item.applies !== false),
      description: texts.length === 0 ? undefined : texts.join('\n\n'),
      url: contact?.form === undefined ? undefined : this.#text(contact.form),
      email: items.length === 0 ? undefined : this.#email(contact),
      identificationEvidences: identification === undefined || items.length === 0 ? undefined : [identification],
      administrativeFee: fee === 'none' && items.length > 0 ? { amount: 0, currency: 'EUR' } : undefined,
    };
  }

  /** A right: where the notice lists it, TILT requires its description (and for complaints the authority); where the notice does not, `available` is left out and said to be not stated. */
  #right(field: (typeof RIGHT_FIELDS)[number]) {
    const { available, description, url, email, identificationEvidences } = this.#rightFacts(field);
    const complain = field === 'rightToComplain';
    const required = this.#gaps.object(
      `/${field}`,
      { available, ...(available === true ? { description, ...(complain ? { supervisoryAuthority: this.#supervisoryAuthority() } : {}) } : {}) },
      { description: PLACEHOLDER.notStated.text, supervisoryAuthority: { name: PLACEHOLDER.notStated.text, _notStated: ['name'] } },
    );
    return {
      ...required,
      ...defined({ description, url, email, identificationEvidences, supervisoryAuthority: complain ? this.#supervisoryAuthority() : undefined }),
    };
  }

  /** Access and portability together, as TILT has them; `available` is required, so TILT's default where the notice lists neither. */
  #accessAndPortability() {
    const { available, description, url, email, identificationEvidences, administrativeFee } = this.#rightFacts('accessAndDataPortability');
    const required = this.#gaps.object('/accessAndDataPortability', { available }, { available: true });
    return { ...required, ...defined({ description, url, email, identificationEvidences, administrativeFee }) };
  }

  /** The supervisory authority, only where the notice asks for its details. */
  #supervisoryAuthority() {
    const complaint = this.#record.complaint;
    if (complaint.status !== 'given' || complaint.authority === undefined) return undefined;
    const { name, contact } = complaint.authority;
    const address = postalAddress(contact);
    return defined({
      name: this.#text(name) ?? PLACEHOLDER.notStated.text,
      address: address === undefined ? undefined : addressIn(address, this.#lang, this.#languages),
      country: address === undefined ? undefined : (address.country ?? 'FI'),
      email: this.#email(contact),
      phone: this.#phone(contact),
    });
  }

  /** Whether decisions are automated (Art. 22); where they are, TILT requires the logic and the consequences. */
  #automatedDecisionMaking() {
    const adm = this.#record.automatedDecisionMaking;
    const given = adm.status === 'given' ? adm : undefined;
    const inUse = given?.automatedDecisions.status === 'given' ? given.automatedDecisions.value : undefined;
    const logicInvolved = this.#text(given?.logic);
    const scopeAndIntendedEffects = this.#text(given?.consequences);
    const required = this.#gaps.object(
      '/automatedDecisionMaking',
      { inUse, ...(inUse === true ? { logicInvolved, scopeAndIntendedEffects } : {}) },
      { logicInvolved: PLACEHOLDER.notStated.text, scopeAndIntendedEffects: PLACEHOLDER.notStated.text },
    );
    return { ...required, ...defined({ logicInvolved, scopeAndIntendedEffects }) };
  }
}

/** A list, or undefined when it is empty. */
function nonEmpty<T>(values: readonly T[]): readonly T[] | undefined {
  return values.length === 0 ? undefined : values;
}

/** The values without repeats (the same JSON), in their first order; a value given several times is written as JSON once. */
function unique<T>(values: readonly T[]): T[] {
  const byJson = new Map<string, T>();
  for (const value of new Set(values)) {
    const json = JSON.stringify(value);
    if (!byJson.has(json)) byJson.set(json, value);
  }
  return [...byJson.values()];
}

/** A function that makes its value once for each key: an activity's legal bases, listed for every data category of the activity. */
function once<Key extends object, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new WeakMap<Key, Value>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key) as Value;
  };
}

/** The object with a text field added where the text is given. */
function withText<T extends object>(object: T, key: string, text: string | undefined): T {
  return text === undefined ? object : { ...object, [key]: text };
}

/** The object without its undefined fields. */
function defined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** Whether none of the activities is silent on an item: otherwise TILT's list for it holds a placeholder. */
function allStated(activities: readonly Activity[], statement: (activity: Activity) => { readonly status: string }): boolean {
  return activities.every((activity) => statement(activity).status !== 'not-stated');
}

/** The postal address of contact details, else the visiting address. */
function postalAddress(contact: ContactDetails | undefined): Address | undefined {
  return contact?.postalAddress ?? contact?.visitingAddress;
}

/** The notice's first contact on the first of `topics` it has one for. */
function contactFor(contacts: NoticeRecord['contacts'], topics: readonly string[]) {
  if (contacts.status !== 'given') return undefined;
  for (const topic of topics) {
    const contact = contacts.items.find((item) => item.topic === topic);
    if (contact !== undefined) return contact;
  }
  return contacts.items[0];
}
