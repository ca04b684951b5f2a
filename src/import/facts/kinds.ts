import type { DataCategoryKind, DataSubjectKind, MarketingChannel, PurposeKind, RecipientRole, Right, SecurityMeasure, SourceKind } from '../../model/index.ts';

/** A vocabulary value and the words (stems, in Finnish, English and Swedish) that say it. */
export type KindTable<T extends string> = readonly (readonly [T, RegExp])[];

/** The values of a table whose words a text contains, in the table's order, with the words found. */
export function classify<T extends string>(text: string, table: KindTable<T>): { readonly kinds: T[]; readonly words: string[] } {
  const kinds: T[] = [];
  const found: string[] = [];
  for (const [kind, pattern] of table) {
    const match = pattern.exec(text);
    if (match !== null && !kinds.includes(kind)) {
      kinds.push(kind);
      found.push(match[0]);
    }
  }
  return { kinds, words: found };
}

/** Purpose kinds (notice.schema.json `purposeKind`). */
export const PURPOSE_KINDS: KindTable<PurposeKind> = [
  ['marketing', /markkinoin|(?<![\p{L}])marketing|marknadsför/iu],
  ['direct-marketing', /suoramarkkinoin|direct marketing|direktmarknadsför|direktreklam/iu],
  ['customer-communication', /asiakasviestin|uutiskirje|customer communication|newsletter|kundkommunikation|nyhetsbrev/iu],
  ['events', /tapahtum|(?<![\p{L}])events?(?![\p{L}])|evenemang/iu],
  ['prize-draws', /arvon(?:ta|nat|taan|toj|noi|nan)|kilpailu|prize draw|competition|utlottning|tävling/iu],
  ['customer-relationship-management', /asiakassuhte\p{L}* (?:hoit|ylläpi|hallin)|asiakkuuksien hallin|customer relationship|kundrelation|kundförhållande/iu],
  ['customer-service', /asiakaspalvelu|customer service|customer support|kundtjänst|kundservice/iu],
  ['contract-performance', /sopimuksen (?:täytäntöön|toteutt|hoita)|sopimusvelvoit|perform(?:ing|ance of)? (?:the |a |our )?contract|fullgöra avtal/iu],
  ['billing', /laskutu|maksuj|billing|invoic|payment|fakturer|betalning/iu],
  ['service-provision', /palvelu\p{L}* (?:tuottami|tarjoami|toimittami)|provid(?:e|ing) (?:the |our )?services?|tillhandahålla tjänst/iu],
  [
    'service-development',
    /palvelu\p{L}* (?:ja \p{L}+ )?kehittämi|tuotekehity|develop\p{L}* (?:our |the )?(?:services|products)|utveckl\p{L}* (?:av )?(?:tjänst|produkt)/iu,
  ],
  ['business-development', /liiketoimin\p{L}* kehittämi|business development|develop(?:ing)? (?:our |the )?business|affärsutveckling|utveckla verksamhet/iu],
  ['user-experience', /käyttökokemu|user experience|användarupplevelse/iu],
  ['analytics', /analysoin|analytiik|analy[sz](?:is|e|ing)|(?<![\p{L}])analys/iu],
  ['statistics', /tilastoin|tilasto|statisti/iu],
  ['web-analytics', /kävijäliiken|kävijäseuran|verkkosivu\p{L}* (?:käytön )?seurant|web analytics|website traffic|besöksstatistik|trafiken på webbplats/iu],
  ['targeting', /kohdenta|(?<![\p{L}])target|riktad/iu],
  ['advertising', /mainon|mainost|advertis|reklam|annonser/iu],
  ['market-research', /markkinatutkim|mielipidetutkim|asiakastyytyväisyy|market research|survey|opinion poll|marknadsundersök|kundundersök/iu],
  ['legal-compliance', /lakisääteis\p{L}* velvoit|lain (?:noudattami|velvoit)|legal obligation|comply with|rättslig förpliktelse|lagstadgade skyldighet/iu],
  ['security', /tietoturva|information security|informationssäkerhet/iu],
  ['fraud-prevention', /väärinkäyt|petos|fraud|missbruk|bedrägeri/iu],
  ['recruitment', /rekrytoin|recruit|rekryter/iu],
  ['human-resources', /henkilöstöhallin|työsuhte|personnel administration|human resources|personaladministration|anställning/iu],
  ['research', /tieteelli\p{L}* tutkimu|scientific research|vetenskaplig forskning/iu],
];

/** Data category kinds (notice.schema.json `dataCategoryKind`). */
export const CATEGORY_KINDS: KindTable<DataCategoryKind> = [
  ['identity', /(?<![\p{L}])(?:nimi|nimet|nimen|etunimi|sukunimi|name|names|namn)(?![\p{L}])/iu],
  ['contact', /yhteystie|osoite|sähköposti|puhelin|contact|address|e-mail|phone|kontaktuppgift|adress|telefon/iu],
  ['national-identity-code', /henkilötunnu|(?<![\p{L}])hetu|personal identity code|social security number|personbeteckning|personnummer/iu],
  ['birth-date', /syntymä(?:aika|vuosi|päivä)|date of birth|year of birth|födelse/iu],
  ['identifier', /y-tunnu|asiakasnumero|tunnist|yhdistystunnu|customer number|identifier|business id|kundnummer|fo-nummer/iu],
  ['professional', /(?<![\p{L}])asema|titteli|ammatti|toimiala|työnantaja|position|job title|employer|industry|befattning|yrke|arbetsgivare|bransch/iu],
  ['demographic', /(?<![\p{L}])ikä|sukupuol|äidinkiel|asiointikiel|(?<![\p{L}])age(?![\p{L}])|gender|ålder|(?<![\p{L}])kön(?![\p{L}])/iu],
  ['financial', /maksu|lasku|luotto|pankki|payment|invoice|credit|bank|betalning|faktura|kredit/iu],
  ['customer-relationship', /asiakkuu|asiakassuhte|customer relationship|kundrelation|kundförhållande/iu],
  ['contract', /sopimu|contract|avtal/iu],
  ['communications', /kirjeenvaihto|yhteydenot|viestit|correspondence|messages|korrespondens/iu],
  ['recordings', /tallentee|nauhoit|recording|inspelning/iu],
  [
    'marketing-preferences',
    /suoramarkkinoinnin (?:luvat|kiel)|markkinointilu|markkinointikiel|marketing (?:permission|consent|preference|opt)|direktreklamspärr|samtycke till marknadsföring/iu,
  ],
  ['interests', /kiinnostu|interest|intresse/iu],
  ['targeting', /kohdenta|targeting|riktning/iu],
  ['online-behaviour', /verkkokäyttäytymi|selaushistori|käyttäytymi|browsing|online behaviou?r|surfbeteende|beteende/iu],
  ['device', /tekniset tiedot|ip-osoit|laitetie|selaintie|technical (?:data|information)|ip address|device|browser|teknisk|ip-adress/iu],
  ['location', /sijainti|location|platsdata|platsinformation/iu],
  ['property', /kiinteistö|property|real estate|fastighet/iu],
  ['images', /valokuv|kuvatallent|videotallent|photo|image|video|(?<![\p{L}])bild|fotografi/iu],
  ['cookies', /eväste|cookie|kakor/iu],
  ['special.health', /terveyd|terveys|sairau|health|hälsa/iu],
  ['special.racial-ethnic-origin', /etninen|etnistä|rotu|ethnic|racial|etnisk/iu],
  ['special.political-opinions', /poliittis|political opinion|politisk åsikt/iu],
  ['special.religious-beliefs', /uskonnolli|vakaumu|religio|religiös/iu],
  ['special.trade-union', /ammattiliito|ammattiyhdisty|trade union|fackförening/iu],
  ['special.genetic', /geneetti|genetic|genetisk/iu],
  ['special.biometric', /biometri/iu],
  ['special.sex-life', /seksuaali|sexual|sexuell/iu],
  ['criminal', /rikos|criminal|brott/iu],
];

/** Data subject kinds (notice.schema.json `dataSubjectGroup.kinds`). */
export const SUBJECT_KINDS: KindTable<DataSubjectKind> = [
  ['customers', /asiakka|asiakkai|customer|kund/iu],
  ['prospective-customers', /potentiaalis|mahdollis\p{L}* asiak|prospective|potential customer|potentiell/iu],
  ['consumers', /kuluttaj|yksityishenkil|consumer|private individual|konsument|privatperson/iu],
  ['business-customers', /asiakasorganisaatio|yritysasiak|business customer|företagskund/iu],
  ['business-contacts', /yhteyshenkil|organisaatio\p{L}* (?:työskentelev|edustaj|henkilö)|työskentelevi|business contact|contact persons?|kontaktperson/iu],
  ['website-visitors', /verkkosivu\p{L}* (?:käyttäj|kävijä)|sivuston (?:käyttäj|kävijä)|website (?:users?|visitors?)|besökare/iu],
  ['app-users', /sovellu\p{L}* käyttäj|app users?|appanvändare/iu],
  ['newsletter-subscribers', /uutiskirjee\p{L}* tilaaj|newsletter subscriber|prenumerant/iu],
  ['event-participants', /tapahtum\p{L}* osallistu|event participant|deltagare/iu],
  ['employees', /työntekij|henkilöstö|employee|staff|anställd/iu],
  ['job-applicants', /työnhakij|(?<![\p{L}])hakij|applicant|sökande/iu],
  ['children', /(?<![\p{L}])lapsi|lasten|alaikäi|child|minor|(?<![\p{L}])barn/iu],
  ['patients', /potila|patient/iu],
  ['students', /opiskelij|student|studerande/iu],
  ['citizens', /kuntalai|asukka|kansalai|resident|citizen|invånare|medborgare/iu],
  ['members', /jäsen|member|medlem/iu],
  ['suppliers', /toimittaj|alihankkij|supplier|leverantör/iu],
];

/** Source kinds (notice.schema.json `source.kind`), the most specific first. */
export const SOURCE_KINDS: KindTable<SourceKind> = [
  [
    'data-subject',
    /\p{L}+(?:lta|ltä) itseltään|rekisteröidyltä|rekisteröity itse|henkilöltä itseltään|asiakkaalta itseltään|hakijalta itseltään|itseltään|from (?:you|the data subject|the person)|you (?:give|provide)|den registrerade själv|från dig/iu,
  ],
  ['online-tracking', /eväste|verkkopalvelu\p{L}* käyt|cookie|kakor|tracking|seurant/iu],
  ['controller-registers', /muista (?:henkilö)?rekistereistä|omista (?:henkilö)?rekistereistä|other registers|andra register/iu],
  ['group-companies', /konserni|group compan|koncern/iu],
  ['partners', /yhteistyökumppan|partner/iu],
  ['authorities', /viranomai|authorit|myndighet|väestötietojärjestelmä|population register|befolkningsdatasystem/iu],
  ['public-sources', /julkisi\p{L}* lähte|julkisista|public(?:ly available)? sources?|offentliga källor|yritys- ja yhteisötietojärjestelmä|kaupparekister/iu],
  ['other-companies', /muilta yrityksiltä|other companies|andra företag/iu],
];

/** Recipient roles (notice.schema.json `recipient.role`). */
export const RECIPIENT_ROLES: KindTable<RecipientRole> = [
  [
    'processor',
    /alihankkij|palveluntarjoaj|käsittelijä|kumppane|processor|service providers?|subcontractor|personuppgiftsbiträde|tjänsteleverantör|underleverantör/iu,
  ],
  ['group-company', /konserni|group compan|koncern/iu],
  ['authority', /viranomai|poliisi|verohallin|authorit|police|tax administration|myndighet|polis|skatteverk/iu],
  ['public', /julkais|julkisesti|published|publicly|publicer|offentligt/iu],
];

/** Rights (notice.schema.json `right`). */
export const RIGHTS: KindTable<Right> = [
  ['access', /pääsy\p{L}* tietoihin|tarkast|saada tieto|right (?:of|to) access|access to (?:your|the)|tillgång|registerutdrag/iu],
  ['rectification', /oikai|korja|rectif|correct|rättelse|rätta/iu],
  ['erasure', /poista|poisto|unohdetu|erasure|erase|delet|forgotten|radera|radering/iu],
  ['restriction', /rajoit|restrict|begräns/iu],
  ['objection', /vastust|kieltää|kielto|object|invänd|motsätta/iu],
  ['portability', /siirtää (?:tiedot|tietonsa)|siirrettäv|järjestelmästä toiseen|portab|överför\p{L}* (?:uppgifter|dina)|dataportabilitet/iu],
  ['withdraw-consent', /peru\p{L}* suostumu|suostumuksen peru|withdraw\p{L}* (?:your |their )?consent|återkalla\p{L}* (?:ditt )?samtycke/iu],
  ['automated-decisions', /automaattis\p{L}* päätök|automated decision|automatiserat beslut|automatiska beslut/iu],
  ['complaint', /valitu|kantelu|valvontaviranomai|complaint|lodge|supervisory|klagomål|klaga|tillsynsmyndighet/iu],
];

/** Security measures (notice.schema.json `security.measures`). */
export const SECURITY_MEASURES: KindTable<SecurityMeasure> = [
  ['staff-training', /koulutu|koulute|training|utbildning/iu],
  ['confidentiality-obligations', /salassapitovelvollisuu|vaitiolovelvollisuu|confidentiality|tystnadsplikt|sekretess/iu],
  ['access-management', /käyttöoikeu|pääsynhallin|pääsyn- ja käyttöoikeu|access (?:rights|management|control)|åtkomst/iu],
  ['role-based-access', /työrooli|tehtäv\p{L}* perustuv|henkilökohtai\p{L}* (?:käyttäjä)?tunnu|role-based|roles?|behörighet/iu],
  ['authentication', /tunnistau|salasan|käyttäjätunnu|authenticat|password|autentiser|lösenord/iu],
  ['logging', /lokitie|lokit|lokitus|logging|(?<![\p{L}])logs|loggning/iu],
  ['encryption-in-transit', /ssl|tls|https|salattu yhteys|suojattu yhteys|encrypted connection|krypterad anslutning/iu],
  ['encryption-at-rest', /salataan|salattu|salaus|encrypt|krypter/iu],
  ['pseudonymisation', /pseudonymi/iu],
  ['firewalls', /palomuur|firewall|brandvägg/iu],
  ['secure-equipment-rooms', /laitetil|palvelinsal|konesali|server room|data cent|serverrum|lukitu|lukossa|locked|låst/iu],
  ['physical-access-control', /kulunvalvon|kulunvalvo|valvottu|physical access|access control of the premises|passerkontroll|bevakad/iu],
  ['backups', /varmuuskopi|backup|säkerhetskopi/iu],
  ['data-processing-agreements', /tietosuojasopimu|käsittelysopimu|data processing agreement|personuppgiftsbiträdesavtal/iu],
  ['security-testing', /testau|auditoi|penetration|audit|granskning/iu],
  ['incident-response', /tietoturvaloukkau|poikkeamien hallin|incident|breach|incident/iu],
  ['data-minimisation', /minimoi|minimi|minimis/iu],
];

/** Marketing channels (notice.schema.json `directMarketing.channels`). */
export const CHANNELS: KindTable<MarketingChannel> = [
  ['email', /sähköpost|uutiskirje|e-mail|email|newsletter|e-post|nyhetsbrev/iu],
  ['sms', /tekstiviest|(?<![\p{L}])sms|textmeddel/iu],
  ['phone', /puhelim|puhelu|telemarkkinoin|telephone|phone call|telefon/iu],
  ['post', /postitse|suoramainon|kirjeitse|by post|direct mail|per post|brevledes/iu],
  ['social-media', /sosiaalis\p{L}* medi|social media|sociala medier/iu],
  ['online-advertising', /verkkomainon|online advertis|digital advertis|annonsering på nätet/iu],
];

/** Direct-marketing audiences. */
export const AUDIENCES: KindTable<'consumers' | 'business-contacts'> = [
  ['consumers', /kuluttaj|yksityishenkil|consumer|private individual|konsument|privatperson/iu],
  [
    'business-contacts',
    /yhteyshenkil|organisaatio\p{L}* työskentelev|asiakasorganisaatio\p{L}* (?:työskentelev|henkilö)|business contact|contact persons? (?:of|at)|kontaktperson/iu,
  ],
];
