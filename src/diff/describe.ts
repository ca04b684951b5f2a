import type { LocaleTexts } from '../i18n/index.ts';
import { valueIn, type PerLanguage } from '../model/index.ts';
import { parseDuration } from './duration.ts';
import type { BasisValue, Change, ChangeValue, NamedItem, RetentionValue } from './types.ts';

/**
 * A change in one plain-language sentence, in the locale of `texts`: “New
 * purpose: Coffee courses”, “Retention lengthened from 2 years to 3 years”.
 * The notice's own labels are taken in that language, else in the first of
 * `languages` (the notice's) that has one. No sentence ends in a full stop, so
 * that a list, a heading or a line of text can hold it.
 */
export function describeChange(change: Change, texts: LocaleTexts, languages: readonly string[]): string {
  const words = new Words(texts, languages);
  const label = change.label === undefined ? '' : words.label(change.label);
  const values = {
    label,
    from: words.value(change, change.from),
    to: words.value(change, change.to),
    items: words.items(change.items),
    scope: words.scope(change.items),
  };
  switch (change.kind) {
    case 'language-added':
    case 'language-removed':
      return texts.t(`diff.${change.kind}`, { language: texts.t(`language.in.${change.id ?? ''}`) });
    case 'controller-changed':
      return texts.t('diff.controller-changed', {
        ...values,
        field: texts.t(`diff.field.${(change.new ?? change.old)?.pointer.endsWith('/businessId') === true ? 'businessId' : 'name'}`),
      });
    case 'contact-changed':
      return texts.t('diff.contact-changed', { label: label !== '' ? label : texts.t(`contact.topic.${change.id ?? 'general'}`) });
    case 'legal-basis-changed':
      return texts.t(change.label === undefined ? 'diff.legal-basis-changed.general' : 'diff.legal-basis-changed', values);
    case 'transfer-added':
    case 'transfer-removed':
    case 'transfer-changed':
      if (change.id === undefined) return texts.t(`diff.transfers.${typeof change.to === 'string' ? change.to : 'not-stated'}`);
      return texts.t(`diff.${change.kind}`, { ...values, country: words.country(change.id) });
    case 'automated-decision-making-changed':
      return texts.t(`diff.automated.${change.id ?? 'profiling'}.${typeof change.to === 'string' ? change.to : 'not-stated'}`);
    case 'rights-changed': {
      const rights = words.rights(change.id);
      const variant =
        change.from === undefined && change.to !== undefined && change.old === undefined
          ? 'added'
          : change.to === undefined && change.from !== undefined && change.new === undefined
            ? 'removed'
            : rights === ''
              ? 'general'
              : 'changed';
      return texts.t(`diff.rights-changed.${variant}`, { label: rights });
    }
    case 'value-changed':
    case 'text-changed':
      return texts.t(`diff.${change.kind}`, { section: words.section(change), language: texts.t(`language.in.${change.language ?? ''}`) });
    default:
      return texts.t(`diff.${change.kind}`, values);
  }
}

/** The longest label a sentence shows whole. */
const LABEL_LENGTH = 80;

/** The words of a locale for what changes name: labels, values, countries, sections. */
class Words {
  readonly #texts: LocaleTexts;
  readonly #languages: readonly string[];

  constructor(texts: LocaleTexts, languages: readonly string[]) {
    this.#texts = texts;
    this.#languages = languages;
  }

  /**
   * A label of the notice in the locale's language, as plain text (emphasis
   * marks and link targets left out), cut at a word's end where it is long: a
   * purpose without a name is labelled by its whole description.
   */
  label(value: PerLanguage<string>): string {
    const found = valueIn(value, this.#texts.locale, this.#languages)?.value ?? '';
    const plain = found
      .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/\*+/gu, '')
      .replace(/\s+/gu, ' ')
      .trim();
    return plain.length <= LABEL_LENGTH ? plain : `${plain.slice(0, LABEL_LENGTH).replace(/[\s,;:.]*\S*$/u, '')}…`;
  }

  items(items: readonly NamedItem[] | undefined): string {
    return this.#texts.and((items ?? []).map((entry) => (entry.label === undefined ? entry.id : this.label(entry.label))));
  }

  /** What a retention rule covers, as a bracketed ending, or nothing for a general rule. */
  scope(items: readonly NamedItem[] | undefined): string {
    return items === undefined || items.length === 0 ? '' : this.#texts.t('diff.scope', { items: this.items(items) });
  }

  /** A value before or after a change in words: a duration, a legal basis, a retention criterion, a role, a safeguard. */
  value(change: Change, value: ChangeValue | undefined): string {
    const t = this.#texts.t;
    if (value === undefined) return t('diff.value.not-stated');
    if (change.kind === 'legal-basis-changed') return this.bases(value as readonly BasisValue[]);
    if (change.kind.startsWith('retention-')) return typeof value === 'string' ? this.duration(value) : this.retention(value as RetentionValue);
    if (typeof value !== 'string') return Array.isArray(value) ? value.join(', ') : JSON.stringify(value);
    if (change.kind === 'recipient-changed') return t(`role.${value}`);
    if (change.kind === 'transfer-added' || change.kind === 'transfer-changed' || change.kind === 'transfer-removed') return t(`mechanism.${value}`);
    return value;
  }

  /** An ISO 8601 duration in words: `1 vuosi ja 6 kuukautta`. */
  duration(value: string): string {
    const duration = parseDuration(value);
    if (duration === undefined) return value;
    const parts = (['years', 'months', 'weeks', 'days'] as const)
      .filter((unit) => duration[unit] > 0)
      .map((unit) => this.#texts.t(`duration.${unit}`, { count: duration[unit] }));
    return this.#texts.and(parts.length > 0 ? parts : [this.#texts.t('duration.days', { count: 0 })]);
  }

  retention(value: RetentionValue): string {
    const t = this.#texts.t;
    if (value.permanent === true) return t('diff.retention.permanent');
    if (value.recordsManagementPlan === true && value.period === undefined && value.events === undefined) return t('diff.retention.recordsManagementPlan');
    const events = this.#texts.or((value.events ?? []).map((event) => t(`event.${event}`)));
    if (value.period !== undefined)
      return value.events === undefined ? this.duration(value.period) : t('diff.retention.after', { period: this.duration(value.period), events });
    return value.events === undefined ? t('diff.value.not-stated') : t('diff.retention.until', { events });
  }

  bases(values: readonly BasisValue[]): string {
    const t = this.#texts.t;
    if (values.length === 0) return t('diff.value.not-stated');
    return this.#texts.and(
      values.map((value) => {
        const law = this.#texts.and(value.laws ?? []);
        if (value.basis === undefined) return law;
        const basis =
          value.hedge === undefined ? t(`legalBasis.${value.basis}`) : t(`legalBasis.hedge.${value.hedge}`, { basis: t(`legalBasis.${value.basis}`) });
        return law === '' ? basis : t('legalBasis.withLaw', { basis, law });
      }),
    );
  }

  /** The rights a rights item covers, by their standard names. */
  rights(id: string | undefined): string {
    return id === undefined ? '' : this.#texts.and(id.split(',').map((right) => this.#texts.t(`right.${right}.name`)));
  }

  /** A country's name in the locale's language, from its ISO code. */
  country(code: string): string {
    return new Intl.DisplayNames([this.#texts.t('intl.locale'), 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  }

  /** The heading of the section of the page a change is in. */
  section(change: Change): string {
    return this.#texts.t(SECTIONS[change.file][change.section] ?? (change.file === 'organisation' ? 'section.controller' : 'diff.section.introduction'));
  }
}

/** The page section each top-level key of a notice or organisation file is shown in. */
const SECTIONS: Readonly<Record<Change['file'], Readonly<Record<string, string>>>> = {
  notice: {
    controllers: 'section.controller',
    contacts: 'section.controller',
    purposes: 'section.purposes',
    legalBasis: 'section.purposes',
    provision: 'section.purposes',
    dataSubjects: 'section.data',
    dataCategories: 'section.data',
    sources: 'section.sources',
    recipients: 'section.recipients',
    transfers: 'section.transfers',
    retention: 'section.retention',
    security: 'section.security',
    automatedDecisionMaking: 'section.automated',
    rights: 'section.rights',
    complaint: 'section.complaint',
    changes: 'section.changes',
  },
  // the rest of an organisation file is about the controllers
  organisation: { supervisoryAuthority: 'section.complaint' },
};
