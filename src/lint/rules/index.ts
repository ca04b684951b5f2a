import { accessFee } from './access-fee.ts';
import { automatedDecisionsStated } from './automated-decisions-stated.ts';
import { basisHedged } from './basis-hedged.ts';
import { basisLawMismatch } from './basis-law-mismatch.ts';
import { basisWithoutArticle } from './basis-without-article.ts';
import { businessId } from './business-id.ts';
import { complaintRight } from './complaint-right.ts';
import { consentBasisStated } from './consent-basis-stated.ts';
import { consentUndeclared } from './consent-undeclared.ts';
import { consentWithdrawal } from './consent-withdrawal.ts';
import { contactParity } from './contact-parity.ts';
import { contactValues } from './contact-values.ts';
import { controllerIdentity } from './controller-identity.ts';
import { controllerLegalEntity } from './controller-legal-entity.ts';
import { cookieConsent } from './cookie-consent.ts';
import { dataCategoriesStated } from './data-categories-stated.ts';
import { dataSubjectsStated } from './data-subjects-stated.ts';
import { dpoStated } from './dpo-stated.ts';
import { emailMarketingConsent } from './email-marketing-consent.ts';
import { erasureStatutory } from './erasure-statutory.ts';
import { hetuGround } from './hetu-ground.ts';
import { hetuInMarketing } from './hetu-in-marketing.ts';
import { jointControllerArrangement } from './joint-controller-arrangement.ts';
import { lastUpdated } from './last-updated.ts';
import { lawForStatutoryBasis } from './law-for-statutory-basis.ts';
import { lawIsABill } from './law-is-a-bill.ts';
import { legalBasisPerPurpose } from './legal-basis-per-purpose.ts';
import { legitimateInterestStated } from './legitimate-interest-stated.ts';
import { materialChangeUndocumented } from './material-change-undocumented.ts';
import { newPurposeInformed } from './new-purpose-informed.ts';
import { noHedgedLegalBasis } from './no-hedged-legal-basis.ts';
import { objectionBasis } from './objection-basis.ts';
import { portabilityBasis } from './portability-basis.ts';
import { profilingConsistency } from './profiling-consistency.ts';
import { provisionStated } from './provision-stated.ts';
import { publicAuthorityLegitimateInterest } from './public-authority-legitimate-interest.ts';
import { purposesStated } from './purposes-stated.ts';
import { recipientsNamed } from './recipients-named.ts';
import { recipientsStated } from './recipients-stated.ts';
import { retentionPeriod } from './retention-period.ts';
import { retentionStated } from './retention-stated.ts';
import { rightToObjectStatement } from './right-to-object-statement.ts';
import { rightsFitBases } from './rights-fit-bases.ts';
import { rightsStated } from './rights-stated.ts';
import { saContact } from './sa-contact.ts';
import { secureWebAddresses } from './secure-web-addresses.ts';
import { sourcesStated } from './sources-stated.ts';
import { specialCategoryCondition } from './special-category-condition.ts';
import { transferDetails } from './transfer-details.ts';
import { transfersStated } from './transfers-stated.ts';
import { translationsComplete } from './translations-complete.ts';
import { unplacedText } from './unplaced-text.ts';
import type { Rule } from '../rule.ts';

/** Every rule, grouped as the checklist is: who, why, what data, where from and to, how long, rights, Finnish law, form. */
export const rules: readonly Rule[] = [
  controllerIdentity,
  controllerLegalEntity,
  businessId,
  jointControllerArrangement,
  dpoStated,
  purposesStated,
  legalBasisPerPurpose,
  noHedgedLegalBasis,
  basisHedged,
  consentBasisStated,
  consentUndeclared,
  legitimateInterestStated,
  publicAuthorityLegitimateInterest,
  lawForStatutoryBasis,
  basisWithoutArticle,
  lawIsABill,
  basisLawMismatch,
  specialCategoryCondition,
  dataSubjectsStated,
  dataCategoriesStated,
  sourcesStated,
  recipientsStated,
  recipientsNamed,
  transfersStated,
  transferDetails,
  retentionStated,
  retentionPeriod,
  rightsStated,
  rightsFitBases,
  accessFee,
  portabilityBasis,
  objectionBasis,
  erasureStatutory,
  consentWithdrawal,
  rightToObjectStatement,
  complaintRight,
  provisionStated,
  automatedDecisionsStated,
  profilingConsistency,
  hetuGround,
  hetuInMarketing,
  emailMarketingConsent,
  cookieConsent,
  saContact,
  translationsComplete,
  lastUpdated,
  materialChangeUndocumented,
  newPurposeInformed,
  secureWebAddresses,
  contactValues,
  contactParity,
  unplacedText,
];
