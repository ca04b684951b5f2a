// Generated from schemas/*.schema.json by `npm run generate:types`; do not edit.
// A test fails when this file no longer matches the schemas.
/* eslint-disable */

/**
 * @minItems 1
 *
 * Items: A stable identifier: lower-case letters a–z, digits and single hyphens, e.g. `markkinointi` or `pori-energia-oy`. It appears in web addresses and file names, so it never changes once published.
 */
export type IdList = [string, ...string[]];

/**
 * One register's privacy notice (tietosuojaseloste) under GDPR Art. 13 and 14, from which seloste renders the published page in each language and the record of processing (Art. 30). Facts are structured values; what a reader sees is a localized text.
 */
export interface NoticeDocument {
  /**
   * The notice's identifier, used in its web address (`/fi/<id>/`) and record; never change it once published.
   */
  id: string;
  /**
   * The `id` of the organisation (in `organisation.yaml` beside this file) whose entities are the controllers.
   */
  organisation: string;
  /**
   * The languages the notice is published in, the original first, e.g. `[fi, en]`. Every text must be given in each of them.
   *
   * @minItems 1
   *
   * Items: A BCP 47 language tag such as `fi`, `en`, `sv` or `se` (Northern Sami).
   */
  languages: [string, ...string[]];
  /**
   * When the notice was last updated (YYYY-MM-DD); shown on the page and in the record.
   */
  lastUpdated: string;
  /**
   * The page title, e.g. `fi: Markkinoinnin tietosuojaseloste`. Defaults to “Privacy notice” and the register's name.
   */
  title?: LocalizedText;
  /**
   * The register (processing activity) the notice describes.
   */
  register: Register;
  /**
   * Opening text: who the notice is for and what it tells.
   */
  introduction?: LocalizedText;
  /**
   * Who decides on the processing (GDPR Art. 13(1)(a), 14(1)(a), 26).
   */
  controllers: Controllers;
  /**
   * Whom to contact about the register and about privacy matters (GDPR Art. 13(1)(a)).
   */
  contacts?: Contact[];
  /**
   * Why the data are processed: each purpose with its own legal basis (GDPR Art. 13(1)(c), 30(1)(b)).
   */
  purposes: Purposes;
  /**
   * A legal basis the notice states for all purposes that give none of their own (GDPR Art. 6(1), 13(1)(c)). Prefer a `legalBasis` on each purpose.
   */
  legalBasis?: LegalBasis;
  /**
   * Whether data subjects must provide the data, for all purposes that say nothing of their own (GDPR Art. 13(2)(e)).
   */
  provision?: Provision;
  /**
   * Whose data are processed (GDPR Art. 30(1)(c)).
   */
  dataSubjects?: DataSubjects;
  /**
   * What data are processed (GDPR Art. 14(1)(d), 30(1)(c)).
   */
  dataCategories?: DataCategories;
  /**
   * Where the data come from (GDPR Art. 14(2)(f)).
   */
  sources?: Sources;
  /**
   * To whom the data are disclosed (GDPR Art. 13(1)(e), 30(1)(d)).
   */
  recipients?: Recipients;
  /**
   * Transfers of data outside the EU/EEA (GDPR Art. 13(1)(f), 30(1)(e), Chapter V).
   */
  transfers?: Transfers;
  /**
   * How long the data are kept (GDPR Art. 13(2)(a), 30(1)(f)).
   */
  retention?: Retention;
  /**
   * How the data are protected (GDPR Art. 32, 30(1)(g)).
   */
  security?: Security;
  /**
   * Whether automated decisions or profiling take place (GDPR Art. 13(2)(f), 22).
   */
  automatedDecisionMaking?: AutomatedDecisionMaking;
  /**
   * The data subject's rights and how to use them (GDPR Art. 13(2)(b)–(d), 15–22). When left out, the rights that apply are derived from the legal bases.
   */
  rights?: Rights;
  /**
   * How the notice is changed, and a log of changes.
   */
  changes?: Changes;
}
/**
 * A text a reader sees, in each language the notice offers, keyed by language code: `fi: …`, `en: …`. Emphasis (`*text*`), links (`[text](https://…)`) and lists may be written in Markdown; HTML is shown as plain text.
 */
export interface LocalizedText {
  [k: string]: string;
}
export interface Register {
  /**
   * The register's name, e.g. `fi: Pori Energia Oy:n markkinointi- ja viestintärekisteri`.
   */
  name: LocalizedText;
  /**
   * The short name the notice uses for the register, shown in brackets after its name, e.g. `fi: Rekisteri`.
   */
  referredToAs?: LocalizedText;
}
export interface Controllers {
  /**
   * The `id`s of the organisation's entities that are controllers of this register.
   *
   * @minItems 1
   *
   * Items: A stable identifier: lower-case letters a–z, digits and single hyphens, e.g. `markkinointi` or `pori-energia-oy`. It appears in web addresses and file names, so it never changes once published.
   */
  entities: [string, ...string[]];
  /**
   * How the notice refers to the controller(s), shown in brackets, e.g. `fi: jäljempänä Pori Energia, Rekisterinpitäjä`.
   */
  referredToAs?: LocalizedText;
  /**
   * For joint controllers: the essence of their arrangement (GDPR Art. 26(2)).
   */
  jointControllership?: JointControllership;
}
export interface JointControllership {
  /**
   * The essence of the arrangement: which controller is responsible for what, in particular for informing data subjects and answering their requests (GDPR Art. 26(1)–(2)).
   */
  arrangement: LocalizedText;
  /**
   * The `id` of the entity that acts as the contact point for data subjects (GDPR Art. 26(1)).
   */
  contactPoint?: string;
}
export interface Contact {
  /**
   * What to contact about.
   */
  topic: "register" | "privacy" | "rights-requests" | "marketing-opt-out" | "customer-service" | "general";
  /**
   * A person's name or role, if published.
   */
  name?: string;
  /**
   * E-mail address.
   */
  email?: string;
  /**
   * Telephone number.
   */
  phone?: string;
  /**
   * Postal address.
   */
  postalAddress?: Address;
  /**
   * A web form for such requests.
   */
  form?: string;
  /**
   * Anything else to say about this contact.
   */
  note?: LocalizedText;
}
/**
 * A postal or visiting address.
 */
export interface Address {
  /**
   * Street address or PO box, e.g. `Radanvarsi 2` or `PL 800`.
   */
  street: string;
  /**
   * Postal code, in quotes so that leading zeros are kept: `"00530"`.
   */
  postalCode?: string;
  /**
   * Town or city, e.g. `Pori`.
   */
  locality: string;
  /**
   * Country (ISO 3166-1 alpha-2); Finland (`FI`) when left out.
   */
  country?: string;
}
export interface Purposes {
  /**
   * Text shown before the list of purposes.
   */
  description?: LocalizedText;
  /**
   * The purposes, each a separate item with a stable `id`.
   *
   * @minItems 1
   */
  items: [Purpose, ...Purpose[]];
}
export interface Purpose {
  /**
   * The purpose's identifier; the record of processing has one entry per purpose id.
   */
  id: string;
  /**
   * A short name for the purpose, used in summaries and the record; the description's text when left out.
   */
  name?: LocalizedText;
  /**
   * The purpose as the reader sees it.
   */
  description: LocalizedText;
  /**
   * What kind of purpose this is; used by the linter and in exports.
   */
  kinds?: (
    | "marketing"
    | "direct-marketing"
    | "customer-communication"
    | "events"
    | "prize-draws"
    | "customer-relationship-management"
    | "customer-service"
    | "contract-performance"
    | "billing"
    | "service-provision"
    | "service-development"
    | "business-development"
    | "user-experience"
    | "analytics"
    | "statistics"
    | "web-analytics"
    | "targeting"
    | "advertising"
    | "market-research"
    | "legal-compliance"
    | "security"
    | "fraud-prevention"
    | "recruitment"
    | "human-resources"
    | "research"
    | "public-task"
    | "other"
  )[];
  /**
   * The legal basis of this purpose (GDPR Art. 6(1), 9(2), 13(1)(c)).
   */
  legalBasis?: LegalBasis;
  /**
   * The `id`s of the data subject groups this purpose concerns; all of them when left out.
   */
  dataSubjects?: IdList;
  /**
   * The `id`s of the data categories this purpose uses; all of them when left out.
   */
  dataCategories?: IdList;
  /**
   * The `id`s of the sources this purpose draws on; all of them when left out.
   */
  sources?: IdList;
  /**
   * The `id`s of the recipients of data for this purpose; all of them when left out.
   */
  recipients?: IdList;
  /**
   * Whether data subjects must provide the data for this purpose (GDPR Art. 13(2)(e)).
   */
  provision?: Provision;
  /**
   * For direct marketing: the channels and audiences, which decide the consent rules (Finnish Act on Electronic Communications Services 917/2014, §200–202).
   */
  directMarketing?: DirectMarketing;
}
export interface LegalBasis {
  /**
   * The legal basis (GDPR Art. 6(1)(a)–(f)).
   */
  basis: "consent" | "contract" | "legal-obligation" | "vital-interests" | "public-task" | "legitimate-interests";
  /**
   * `primarily` when the notice says the processing is based “primarily” on this basis, leaving other bases unnamed; `solely` otherwise.
   */
  extent?: "solely" | "primarily";
  /**
   * The legitimate interests pursued, for `legitimate-interests` (GDPR Art. 13(1)(d)).
   */
  legitimateInterest?: LocalizedText;
  /**
   * The law the obligation or task rests on, for `legal-obligation` and `public-task` (GDPR Art. 6(3)), e.g. `fi: Kirjanpitolaki (1336/1997) 2 luku 10 §`.
   */
  law?: LocalizedText;
  /**
   * Where special categories of data are processed, the condition of GDPR Art. 9(2) that allows it.
   */
  specialCategoryCondition?:
    | "explicit-consent"
    | "employment-social-security"
    | "vital-interests"
    | "not-for-profit-body"
    | "made-public"
    | "legal-claims"
    | "substantial-public-interest"
    | "health-social-care"
    | "public-health"
    | "archiving-research-statistics";
  /**
   * For `consent`: how to withdraw consent, as easily as it was given (GDPR Art. 7(3), 13(2)(c)).
   */
  howToWithdraw?: LocalizedText;
  /**
   * The basis in the notice's own words.
   */
  description?: LocalizedText;
}
export interface Provision {
  /**
   * Whether providing the data is a statutory or contractual requirement, needed to enter into a contract, or voluntary (GDPR Art. 13(2)(e)).
   */
  requirement: "statutory" | "contractual" | "pre-contractual" | "voluntary";
  /**
   * What follows if the data are not provided.
   */
  consequences?: LocalizedText;
  /**
   * The requirement in the notice's own words.
   */
  description?: LocalizedText;
}
export interface DirectMarketing {
  /**
   * The channels used for direct marketing.
   *
   * @minItems 1
   */
  channels: [
    (
      | "email"
      | "sms"
      | "mms"
      | "automated-calls"
      | "fax"
      | "phone"
      | "post"
      | "social-media"
      | "in-app"
      | "online-advertising"
    ),
    ...(
      | "email"
      | "sms"
      | "mms"
      | "automated-calls"
      | "fax"
      | "phone"
      | "post"
      | "social-media"
      | "in-app"
      | "online-advertising"
    )[]
  ];
  /**
   * Who receives it: consumers (natural persons) need prior consent for electronic direct marketing unless the existing-customer conditions hold; business contacts may refuse it.
   *
   * @minItems 1
   */
  audiences: ["consumers" | "business-contacts", ...("consumers" | "business-contacts")[]];
  /**
   * For e-mail or text marketing to consumers without consent: the existing-customer exception, which needs all three conditions (917/2014 §200(2)).
   */
  existingCustomers?: {
    /**
     * Only the controller's own products of the same product group, or similar, are marketed.
     */
    sameProductGroup: boolean;
    /**
     * The customer was told, when the contact details were collected, that they may refuse the marketing.
     */
    informedAtCollection: boolean;
    /**
     * Every message offers a free and easy way to refuse further marketing.
     */
    optOutInEveryMessage: boolean;
  };
  /**
   * How to refuse direct marketing (GDPR Art. 21(2)–(4)), e.g. the unsubscribe link in every newsletter.
   */
  howToRefuse?: LocalizedText;
}
export interface DataSubjects {
  /**
   * Text about the data subjects in the notice's own words.
   */
  description?: LocalizedText;
  /**
   * The groups of persons whose data are processed.
   *
   * @minItems 1
   */
  groups: [DataSubjectGroup, ...DataSubjectGroup[]];
}
export interface DataSubjectGroup {
  /**
   * The group's identifier; purposes refer to it.
   */
  id: string;
  /**
   * The group as the reader sees it, e.g. `fi: uutiskirjeen tilaajat`.
   */
  label: LocalizedText;
  /**
   * What kind of persons they are; used by the linter and in exports.
   */
  kinds?: (
    | "customers"
    | "prospective-customers"
    | "consumers"
    | "business-customers"
    | "business-contacts"
    | "website-visitors"
    | "app-users"
    | "newsletter-subscribers"
    | "event-participants"
    | "employees"
    | "job-applicants"
    | "children"
    | "patients"
    | "students"
    | "citizens"
    | "members"
    | "suppliers"
    | "other"
  )[];
}
export interface DataCategories {
  /**
   * Text shown before the list of data categories.
   */
  description?: LocalizedText;
  /**
   * The categories of personal data.
   *
   * @minItems 1
   */
  items: [DataCategory, ...DataCategory[]];
}
export interface DataCategory {
  /**
   * The category's identifier; purposes and retention rules refer to it.
   */
  id: string;
  /**
   * The category as the reader sees it, e.g. `fi: nimi ja yhteystiedot`.
   */
  label: LocalizedText;
  /**
   * What kind of data these are; the linter uses them (personal identity code, cookies, online behaviour, special categories).
   */
  kinds?: (
    | "identity"
    | "contact"
    | "national-identity-code"
    | "birth-date"
    | "identifier"
    | "professional"
    | "demographic"
    | "financial"
    | "customer-relationship"
    | "contract"
    | "communications"
    | "recordings"
    | "marketing-preferences"
    | "interests"
    | "targeting"
    | "online-behaviour"
    | "device"
    | "location"
    | "property"
    | "images"
    | "cookies"
    | "cookies.necessary"
    | "cookies.preferences"
    | "cookies.analytics"
    | "cookies.marketing"
    | "special.racial-ethnic-origin"
    | "special.political-opinions"
    | "special.religious-beliefs"
    | "special.trade-union"
    | "special.genetic"
    | "special.biometric"
    | "special.health"
    | "special.sex-life"
    | "criminal"
    | "other"
  )[];
  /**
   * `true` when the notice says these data are collected only with the data subject's consent.
   */
  collectedWithConsent?: boolean;
  /**
   * For a personal identity code (henkilötunnus): the ground in the Finnish Data Protection Act (1050/2018) §29 that allows processing it.
   */
  nationalIdentityCodeGround?:
    | "consent"
    | "statutory-task"
    | "rights-and-obligations"
    | "credit-and-collection"
    | "insurance"
    | "credit-institution"
    | "payment-services"
    | "renting-and-lending"
    | "credit-information"
    | "health-and-social-care"
    | "research-and-statistics"
    | "address-update"
    | "other-law";
}
export interface Sources {
  /**
   * Text about the sources in the notice's own words.
   */
  description?: LocalizedText;
  /**
   * The sources of the data.
   *
   * @minItems 1
   */
  items?: [Source, ...Source[]];
}
export interface Source {
  /**
   * The source's identifier; purposes refer to it.
   */
  id: string;
  /**
   * What kind of source it is.
   */
  kind:
    | "data-subject"
    | "online-tracking"
    | "controller-registers"
    | "group-companies"
    | "partners"
    | "authorities"
    | "public-sources"
    | "other-companies"
    | "other";
  /**
   * The source as the reader sees it.
   */
  label: LocalizedText;
  /**
   * Whether the source is publicly accessible (GDPR Art. 14(2)(f)).
   */
  publiclyAvailable?: boolean;
  /**
   * `true` when the notice says data are collected from this source with the data subject's consent.
   */
  collectedWithConsent?: boolean;
  /**
   * The `id`s of the data categories that come from this source (GDPR Art. 14(1)(d)).
   */
  dataCategories?: IdList;
  /**
   * More about the source.
   */
  description?: LocalizedText;
}
export interface Recipients {
  /**
   * `true` states that the data are not disclosed to anyone outside the controller.
   */
  none?: boolean;
  /**
   * Text about recipients in the notice's own words.
   */
  description?: LocalizedText;
  /**
   * The recipients or categories of recipients.
   *
   * @minItems 1
   */
  items?: [Recipient, ...Recipient[]];
}
export interface Recipient {
  /**
   * The recipient's identifier; purposes and transfers refer to it.
   */
  id: string;
  /**
   * The recipient's role.
   */
  role: "processor" | "controller" | "joint-controller" | "group-company" | "authority" | "other";
  /**
   * The recipient, or category of recipients, as the reader sees it.
   */
  label: LocalizedText;
  /**
   * The recipient's name where it is named (recommended: WP29 transparency guidelines).
   */
  name?: string;
  /**
   * Where the recipient processes the data, if outside Finland.
   */
  country?: string;
  /**
   * More about the recipient and what is disclosed.
   */
  description?: LocalizedText;
}
export interface Transfers {
  /**
   * `none`: no data leave the EU/EEA; `possible`: the notice says data may be transferred; `yes`: data are transferred (list them in `destinations`).
   */
  outsideEea: "none" | "possible" | "yes";
  /**
   * Safeguards the notice names in general, without a destination.
   */
  mechanisms?: (
    | "adequacy-decision"
    | "standard-contractual-clauses"
    | "binding-corporate-rules"
    | "code-of-conduct"
    | "certification"
    | "ad-hoc-clauses"
    | "derogation"
  )[];
  /**
   * Each transfer: where to, on what safeguard, and how to get a copy of it (GDPR Art. 13(1)(f)).
   *
   * @minItems 1
   */
  destinations?: [TransferDestination, ...TransferDestination[]];
  /**
   * Text about transfers in the notice's own words.
   */
  description?: LocalizedText;
}
export interface TransferDestination {
  /**
   * The third countries (ISO 3166-1 alpha-2), e.g. `[US]`.
   *
   * @minItems 1
   *
   * Items: An ISO 3166-1 alpha-2 country code in capitals, e.g. `FI`, `SE`, `US`.
   */
  countries: [string, ...string[]];
  /**
   * The legal ground of the transfer (GDPR Chapter V).
   */
  mechanism:
    | "adequacy-decision"
    | "standard-contractual-clauses"
    | "binding-corporate-rules"
    | "code-of-conduct"
    | "certification"
    | "ad-hoc-clauses"
    | "derogation";
  /**
   * The `id`s of the recipients the data go to.
   */
  recipients?: IdList;
  /**
   * Where to read or how to get a copy of the safeguards (GDPR Art. 13(1)(f)).
   */
  safeguardsCopy?: LocalizedText;
  /**
   * More about this transfer.
   */
  description?: LocalizedText;
}
export interface Retention {
  /**
   * How long data are kept: each rule a period, or the event that ends it (GDPR Art. 13(2)(a)).
   *
   * @minItems 1
   */
  rules: [RetentionRule, ...RetentionRule[]];
  /**
   * Text shown after the rules, e.g. how data are deleted.
   */
  note?: LocalizedText;
}
export interface RetentionRule {
  /**
   * The purposes, data categories or data subject groups the rule covers; a general rule when left out.
   */
  appliesTo?: {
    /**
     * Purpose `id`s.
     */
    purposes?: IdList;
    /**
     * Data category `id`s.
     */
    dataCategories?: IdList;
    /**
     * Data subject group `id`s.
     */
    dataSubjects?: IdList;
  };
  /**
   * A fixed period as an ISO 8601 duration, counted from collection unless `until` names an event: `P2Y`, `P6M`.
   */
  period?: string;
  /**
   * The event(s) that end the storage, the earliest one counting; with `period`, the data are kept that long after it.
   *
   * @minItems 1
   */
  until?: [
    (
      | "purpose-fulfilled"
      | "consent-withdrawn"
      | "objection"
      | "direct-marketing-prohibited"
      | "customer-relationship-ended"
      | "contract-ended"
      | "last-contact"
      | "last-activity"
      | "account-closed"
      | "event-held"
      | "prize-draw-completed"
      | "statutory-period-ended"
      | "legal-claims-expired"
    ),
    ...(
      | "purpose-fulfilled"
      | "consent-withdrawn"
      | "objection"
      | "direct-marketing-prohibited"
      | "customer-relationship-ended"
      | "contract-ended"
      | "last-contact"
      | "last-activity"
      | "account-closed"
      | "event-held"
      | "prize-draw-completed"
      | "statutory-period-ended"
      | "legal-claims-expired"
    )[]
  ];
  /**
   * The law that sets the period, for `statutory-period-ended` or a statutory `period`.
   */
  law?: LocalizedText;
  /**
   * The rule in the notice's own words; it explains the period or criterion, never replaces it.
   */
  description?: LocalizedText;
}
export interface Security {
  /**
   * The technical and organisational measures in place (GDPR Art. 32), for the record of processing.
   */
  measures?: (
    | "staff-training"
    | "confidentiality-obligations"
    | "access-management"
    | "role-based-access"
    | "authentication"
    | "logging"
    | "encryption-in-transit"
    | "encryption-at-rest"
    | "pseudonymisation"
    | "firewalls"
    | "secure-equipment-rooms"
    | "physical-access-control"
    | "backups"
    | "data-processing-agreements"
    | "security-testing"
    | "incident-response"
    | "data-minimisation"
  )[];
  /**
   * The measures in the notice's own words.
   */
  description?: LocalizedText;
}
export interface AutomatedDecisionMaking {
  /**
   * Whether decisions with legal or similarly significant effects are made solely by automated means (GDPR Art. 22(1)).
   */
  automatedDecisions: boolean;
  /**
   * Whether personal aspects such as interests, behaviour or location are evaluated automatically (profiling, GDPR Art. 4(4)), including for targeting.
   */
  profiling: boolean;
  /**
   * Where there are automated decisions: meaningful information about the logic involved (GDPR Art. 13(2)(f)).
   */
  logic?: LocalizedText;
  /**
   * Where there are automated decisions or profiling: their significance and envisaged consequences for the data subject.
   */
  consequences?: LocalizedText;
  /**
   * The statement in the notice's own words.
   */
  description?: LocalizedText;
}
export interface Rights {
  /**
   * Text shown before the list of rights.
   */
  description?: LocalizedText;
  /**
   * The rights as the notice lists them; each item names the right(s) it covers, and seloste adds what each right means.
   *
   * @minItems 1
   */
  items?: [RightItem, ...RightItem[]];
  /**
   * How to use the rights: where to send a request, identification, response time.
   */
  howToExercise?: LocalizedText;
  /**
   * The notice's own statement of the right to object, shown separately and prominently (GDPR Art. 21(4)).
   */
  objection?: LocalizedText;
}
export interface RightItem {
  /**
   * The right(s) this item is about.
   *
   * @minItems 1
   */
  covers: [
    (
      | "access"
      | "rectification"
      | "erasure"
      | "restriction"
      | "objection"
      | "portability"
      | "withdraw-consent"
      | "automated-decisions"
      | "complaint"
    ),
    ...(
      | "access"
      | "rectification"
      | "erasure"
      | "restriction"
      | "objection"
      | "portability"
      | "withdraw-consent"
      | "automated-decisions"
      | "complaint"
    )[]
  ];
  /**
   * The right as the notice words it; seloste's standard wording when left out.
   */
  label?: LocalizedText;
  /**
   * More about this right in this register.
   */
  description?: LocalizedText;
}
export interface Changes {
  /**
   * How the notice is changed and how readers are told.
   */
  description?: LocalizedText;
  /**
   * The changes, newest first.
   */
  log?: {
    /**
     * When the change took effect.
     */
    date: string;
    /**
     * What changed.
     */
    description: LocalizedText;
  }[];
}
/**
 * An organisation whose privacy notices seloste publishes: the legal entities that act as controllers, their shared contact details, the data protection officer and the supervisory authority. Written once in `notices/<organisation>/organisation.yaml` and referred to by id from every notice.
 */
export interface OrganisationDocument {
  /**
   * The organisation's identifier; every notice names it in `organisation`.
   */
  id: string;
  /**
   * The organisation's name as readers know it, e.g. the group name: `fi: Pori Energia -konserni`.
   */
  name: LocalizedText;
  /**
   * Whether the organisation is a public authority or body (GDPR Art. 6(1) second subparagraph, Art. 37(1)(a)): it cannot rely on legitimate interests for its tasks and must designate a DPO.
   */
  publicAuthority?: boolean;
  /**
   * The organisation's home page.
   */
  website?: string;
  /**
   * Contact details shared by all entities that give none of their own (GDPR Art. 13(1)(a)).
   */
  contact?: ContactDetails;
  /**
   * The legal persons that act as controllers in the organisation's notices (GDPR Art. 4(7)); a notice names them in `controllers.entities`.
   *
   * @minItems 1
   */
  entities: [Entity, ...Entity[]];
  /**
   * The data protection officer (GDPR Art. 13(1)(b), 37–39), or an explicit statement that none is designated.
   */
  dpo?: Dpo;
  /**
   * The representative in the Union, for a controller not established in the EU (GDPR Art. 27).
   */
  representative?: Representative;
  /**
   * The supervisory authority a data subject may complain to (GDPR Art. 13(2)(d), 77). Leave out for the Office of the Data Protection Ombudsman (Finland), whose current contact details seloste keeps.
   */
  supervisoryAuthority?: SupervisoryAuthority;
}
/**
 * Ways to reach a person or an organisation. Give at least one.
 */
export interface ContactDetails {
  /**
   * E-mail address.
   */
  email?: string;
  /**
   * Telephone number.
   */
  phone?: string;
  /**
   * Postal address.
   */
  postalAddress?: Address;
  /**
   * Visiting address, where it differs from the postal address or should be shown as well.
   */
  visitingAddress?: Address;
  /**
   * Web page with more information.
   */
  website?: string;
  /**
   * Web form for requests, e.g. for exercising data subject rights.
   */
  form?: string;
}
/**
 * A company, authority or other legal person.
 */
export interface Entity {
  /**
   * Identifier a notice uses to name this entity as a controller.
   */
  id: string;
  /**
   * Registered name, e.g. `Pori Energia Oy`.
   */
  name: string;
  /**
   * Finnish Business ID (Y-tunnus), e.g. `1234567-8`.
   */
  businessId?: string;
  /**
   * The entity's own contact details, where they differ from the organisation's `contact`.
   */
  contact?: ContactDetails;
}
export interface Dpo {
  /**
   * `true` when a data protection officer is designated; `false` states that none is (GDPR Art. 37).
   */
  designated: boolean;
  /**
   * The officer's name or role, if published.
   */
  name?: string;
  /**
   * How to reach the officer (GDPR Art. 37(7)); required when `designated` is `true`.
   */
  contact?: ContactDetails;
}
export interface Representative {
  /**
   * The representative's name.
   */
  name: string;
  /**
   * The representative's contact details.
   */
  contact: ContactDetails;
}
export interface SupervisoryAuthority {
  /**
   * The authority's name in each language.
   */
  name: LocalizedText;
  /**
   * The authority's contact details.
   */
  contact: ContactDetails;
  /**
   * When these details were last checked against the authority's own site.
   */
  verifiedOn: string;
}
