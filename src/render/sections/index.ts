import { automatedSection } from './automated.ts';
import { changesSection } from './changes.ts';
import { complaintSection } from './complaint.ts';
import { controllerSection } from './controller.ts';
import { dataSection } from './data.ts';
import { purposesSection } from './purposes.ts';
import { recipientsSection } from './recipients.ts';
import { retentionSection } from './retention.ts';
import { rightsSection } from './rights.ts';
import type { SectionBuilder } from './section.ts';
import { securitySection } from './security.ts';
import { sourcesSection } from './sources.ts';
import { transfersSection } from './transfers.ts';

/** The sections in the order a reader needs them. */
export const sections: readonly SectionBuilder[] = [
  controllerSection,
  purposesSection,
  dataSection,
  sourcesSection,
  recipientsSection,
  transfersSection,
  retentionSection,
  securitySection,
  automatedSection,
  rightsSection,
  complaintSection,
  changesSection,
];

export type { SectionBuilder };
