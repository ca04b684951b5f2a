import fc from 'fast-check';

/** Plain words, as notice texts are made of (Markdown syntax is tested elsewhere). */
const word = fc.stringMatching(/^[A-Za-zÄÖÅäöå][a-zäöå]{1,9}$/u);
/** What a legal text may start with that looks like Markdown: an ordinal ("3. osapuolet"), a number sign, a dash. */
const opening = fc.constantFrom('', '', '', '3. ', '1) ', '2. ', '# ', '## ', '- ', '> ', '§ 4 ');
const sentence = fc.tuple(opening, fc.array(word, { minLength: 1, maxLength: 8 })).map(([start, words]) => `${start}${words.join(' ')}`);
const text = fc.record({ fi: sentence, en: sentence });
const slug = fc.stringMatching(/^[a-z]{3,10}$/u);
const ids = (min: number, max: number) => fc.uniqueArray(slug, { minLength: min, maxLength: max });
const email = fc.tuple(slug, slug).map(([name, domain]) => `${name}@${domain}.fi`);
const phone = fc.stringMatching(/^0[1-9]0? [0-9]{3} [0-9]{4}$/u);
const date = fc
  .date({ min: new Date('2018-05-25T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));

const basisCodes = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const;
const legalBasis = fc.record(
  {
    basis: fc.constantFrom(...basisCodes),
    hedge: fc.constantFrom('solely', 'primarily', 'as-a-rule', 'may', 'and-or'),
    legitimateInterest: text,
    law: fc.oneof(
      fc.constant({ number: '1050/2018', section: '4' }),
      text.map((name) => ({ name })),
      fc.constant([
        { number: '2016/679', article: '6(1)(e)' },
        { number: '621/1999', section: '24' },
      ]),
    ),
    howToWithdraw: text,
    description: text,
  },
  { requiredKeys: ['basis'] },
);
const provision = fc.record(
  { requirement: fc.constantFrom('statutory', 'contractual', 'pre-contractual', 'voluntary'), consequences: text, description: text },
  { requiredKeys: ['requirement'] },
);

/** A valid notice (and its organisation) of any shape the schema allows, in Finnish and English. */
export const noticeDocuments = fc
  .record({
    purposeIds: ids(1, 4),
    categoryIds: ids(0, 5),
    groupIds: ids(1, 3),
    sourceIds: ids(1, 3),
    recipientIds: ids(1, 3),
    lastUpdated: date,
    title: fc.option(text, { nil: undefined }),
    introduction: fc.option(text, { nil: undefined }),
    registerName: text,
    alias: fc.option(text, { nil: undefined }),
    organisationEmail: email,
    organisationPhone: phone,
    contacts: fc.array(
      fc.record(
        {
          topic: fc.constantFrom('register', 'privacy', 'rights-requests', 'marketing-opt-out'),
          email: fc.oneof(
            email,
            fc.record({ fi: email, en: email }),
            fc.tuple(email, text).map(([address, label]) => [{ address, label }]),
          ),
          phone: fc.oneof(
            phone,
            fc.tuple(phone, phone, text).map(([first, second, label]) => [{ number: first }, { number: second, label }]),
          ),
          note: text,
        },
        { requiredKeys: ['topic', 'email'] },
      ),
      { maxLength: 3 },
    ),
    recipientsState: fc.constantFrom('given', 'given', 'none', 'not-stated', 'absent'),
    poBox: fc.option(fc.constantFrom('800', '12'), { nil: undefined }),
    noticeBasis: fc.option(legalBasis, { nil: undefined }),
    noticeProvision: fc.option(provision, { nil: undefined }),
    purposeDetails: fc.array(
      fc.record({
        name: fc.option(text, { nil: undefined }),
        description: text,
        basis: fc.option(legalBasis, { nil: undefined }),
        provision: fc.option(provision, { nil: undefined }),
        marketing: fc.boolean(),
        refuse: text,
      }),
      { minLength: 4, maxLength: 4 },
    ),
    labels: fc.array(text, { minLength: 20, maxLength: 20 }),
    descriptions: fc.array(fc.option(text, { nil: undefined }), { minLength: 12, maxLength: 12 }),
    outsideEea: fc.constantFrom('none', 'possible', 'yes'),
    countries: fc.uniqueArray(fc.constantFrom('US', 'GB', 'IN', 'JP', 'CH'), { minLength: 1, maxLength: 3 }),
    periods: fc.array(
      fc.record({
        period: fc.option(fc.constantFrom('P1Y', 'P6M', 'P2Y6M', 'P30D', 'P1W'), { nil: undefined }),
        until: fc.option(
          fc.uniqueArray(fc.constantFrom('consent-withdrawn', 'contract-ended', 'last-contact', 'purpose-fulfilled'), { minLength: 1, maxLength: 2 }),
          { nil: undefined },
        ),
        law: fc.option(
          text.map((name) => ({ name })),
          { nil: undefined },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    automated: fc.record({ automatedDecisions: fc.boolean(), profiling: fc.boolean(), logic: text, consequences: text }),
    rightsItems: fc.option(
      fc.array(
        fc.record({
          covers: fc.uniqueArray(fc.constantFrom('access', 'erasure', 'objection', 'portability', 'complaint'), { minLength: 1, maxLength: 3 }),
          label: text,
          description: fc.option(text, { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      { nil: undefined },
    ),
    log: fc.array(fc.record({ date, description: text }), { maxLength: 2 }),
    joint: fc.option(text, { nil: undefined }),
  })
  .map((shape) => {
    const label = (index: number) => shape.labels[index % shape.labels.length];
    const described = (index: number) => shape.descriptions[index % shape.descriptions.length];
    const withText = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value });
    const organisation = {
      id: 'yhtio',
      name: label(19),
      contact: {
        postalAddress:
          shape.poBox === undefined
            ? { street: 'Katu 1', postalCode: '00100', locality: 'Helsinki' }
            : { poBox: shape.poBox, postalCode: '00101', locality: { fi: 'Helsinki', en: 'Helsinki' } },
        email: shape.organisationEmail,
        phone: shape.organisationPhone,
      },
      entities: [
        { id: 'yhtio-oy', name: 'Yhtiö Oy', businessId: '1234567-1' },
        { id: 'toinen-oy', name: 'Toinen Oy', contact: { email: `toinen.${shape.organisationEmail}` } },
      ],
      dpo: { designated: true, name: 'Tietosuojavastaava', contact: { email: `dpo.${shape.organisationEmail}` } },
    };
    const notice = {
      id: 'ilmoitus',
      organisation: 'yhtio',
      languages: ['fi', 'en'],
      lastUpdated: shape.lastUpdated,
      ...withText('title', shape.title),
      register: { name: shape.registerName, ...withText('referredToAs', shape.alias) },
      ...withText('introduction', shape.introduction),
      controllers: {
        entities: shape.joint === undefined ? ['yhtio-oy'] : ['yhtio-oy', 'toinen-oy'],
        ...(shape.joint === undefined ? {} : { jointControllership: { arrangement: shape.joint, contactPoint: 'yhtio-oy' } }),
      },
      ...(shape.contacts.length === 0 ? {} : { contacts: shape.contacts }),
      purposes: {
        ...withText('description', described(0)),
        items: shape.purposeIds.map((id, index) => {
          const details = shape.purposeDetails[index % shape.purposeDetails.length];
          return {
            id,
            description: details?.description,
            ...withText('name', details?.name),
            ...withText('legalBasis', details?.basis),
            ...withText('provision', details?.provision),
            ...(details?.marketing === true ? { directMarketing: { channels: ['email', 'post'], audiences: ['consumers'], howToRefuse: details.refuse } } : {}),
          };
        }),
      },
      ...withText('legalBasis', shape.noticeBasis),
      ...withText('provision', shape.noticeProvision),
      dataSubjects: { ...withText('description', described(1)), groups: shape.groupIds.map((id, index) => ({ id, label: label(index) })) },
      ...(shape.categoryIds.length === 0
        ? {}
        : { dataCategories: { ...withText('description', described(2)), items: shape.categoryIds.map((id, index) => ({ id, label: label(index + 3) })) } }),
      sources: {
        ...withText('description', described(3)),
        items: shape.sourceIds.map((id, index) => ({ id, kind: 'partners', label: label(index + 8), ...withText('description', described(index + 4)) })),
      },
      ...recipients(shape.recipientsState, shape.recipientIds, label, described),
      transfers:
        shape.outsideEea === 'yes'
          ? {
              outsideEea: 'yes',
              destinations: [
                {
                  countries: shape.countries,
                  mechanism: 'standard-contractual-clauses',
                  ...(shape.recipientsState === 'given' ? { recipients: [shape.recipientIds[0]] } : {}),
                  safeguardsCopy: label(14),
                },
              ],
            }
          : { outsideEea: shape.outsideEea, ...withText('description', described(10)) },
      retention: {
        rules: shape.periods.map((rule, index) => ({
          ...(rule.period === undefined && rule.until === undefined ? { period: 'P1Y' } : {}),
          ...withText('period', rule.period),
          ...withText('until', rule.until),
          ...withText('law', rule.law),
          ...withText('description', described(index + 5)),
        })),
        ...withText('note', described(11)),
      },
      security: { measures: ['firewalls', 'backups'], ...withText('description', described(6)) },
      automatedDecisionMaking: shape.automated,
      ...(shape.rightsItems === undefined ? {} : { rights: { items: shape.rightsItems, howToExercise: label(15), objection: label(16) } }),
      ...(shape.log.length === 0 ? {} : { changes: { description: label(17), log: shape.log } }),
    };
    return { organisation, notice };
  });

/** The recipients section in one of its states: listed, none, not stated with a note, or left out. */
function recipients(state: string, ids: readonly string[], label: (index: number) => unknown, described: (index: number) => unknown): object {
  if (state === 'absent') return {};
  if (state === 'not-stated') return { recipients: { notStated: { note: 'The source copy ends before this section.' } } };
  if (state === 'none') return { recipients: { none: true, ...(described(7) === undefined ? {} : { description: described(7) }) } };
  return {
    recipients: {
      items: ids.map((id, index) => ({
        id,
        role: 'processor',
        label: label(index + 11),
        ...(described(index + 7) === undefined ? {} : { description: described(index + 7) }),
      })),
    },
  };
}
