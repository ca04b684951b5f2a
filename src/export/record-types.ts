import type { ContactDetails, DataCategoryKind, DeepReadonly, DirectMarketing, LegalBasisCode, LocalizedText, PurposeKind, RetentionEvent, SourceKind, TransferMechanism } from '../model/index.ts';
import type { Entity, OrganisationDocument } from '../model/index.ts';

/** The record of processing of one notice: see `schemas/record.schema.json`. */
export interface NoticeRecord {
  readonly recordType: 'notice';
  readonly schemaVersion: 1;
  readonly notice: {
    readonly id: string;
    readonly organisation: string;
    readonly title: LocalizedText;
    readonly registerName: LocalizedText;
    readonly languages: readonly string[];
    readonly lastUpdated: string;
    readonly contentHash: string;
  };
  readonly controllers: readonly RecordEntity[];
  readonly jointControllers?: { readonly arrangement: LocalizedText; readonly contactPoint?: string };
  readonly dpo?: DeepReadonly<NonNullable<OrganisationDocument['dpo']>>;
  readonly representative?: DeepReadonly<NonNullable<OrganisationDocument['representative']>>;
  readonly processingActivities: readonly ProcessingActivity[];
  readonly securityMeasures?: { readonly measures: readonly string[]; readonly description?: LocalizedText };
  readonly automatedDecisionMaking?: { readonly automatedDecisions: boolean; readonly profiling: boolean };
  readonly supervisoryAuthority: { readonly name: LocalizedText; readonly contact: ContactDetails; readonly verifiedOn: string };
}

export type RecordEntity = DeepReadonly<Entity>;

export interface ProcessingActivity {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly purposeKinds: readonly PurposeKind[];
  readonly legalBasis?: {
    readonly basis: LegalBasisCode;
    readonly article: string;
    readonly scope: 'purpose' | 'notice';
    readonly extent: 'solely' | 'primarily';
    readonly legitimateInterest?: LocalizedText;
    readonly law?: LocalizedText;
    readonly specialCategoryCondition?: string;
  };
  readonly directMarketing?: DirectMarketing;
  readonly dataSubjects: readonly { readonly id: string; readonly label: LocalizedText; readonly kinds?: readonly string[] }[];
  readonly dataCategories: readonly { readonly id: string; readonly label: LocalizedText; readonly kinds?: readonly DataCategoryKind[]; readonly specialCategory: boolean }[];
  readonly sources: readonly { readonly id: string; readonly label: LocalizedText; readonly kind: SourceKind; readonly publiclyAvailable?: boolean }[];
  readonly recipients: readonly { readonly id: string; readonly label: LocalizedText; readonly role: string; readonly name?: string; readonly country?: string }[];
  readonly transfers?: {
    readonly outsideEea: 'none' | 'possible' | 'yes';
    readonly mechanisms?: readonly TransferMechanism[];
    readonly destinations?: readonly { readonly countries: readonly string[]; readonly mechanism: TransferMechanism; readonly recipients?: readonly string[] }[];
  };
  readonly retention: readonly {
    readonly period?: string;
    readonly until?: readonly RetentionEvent[];
    readonly law?: LocalizedText;
    readonly description?: LocalizedText;
    readonly appliesTo: 'general' | 'specific';
  }[];
}

/** Every notice's record, grouped by organisation. */
export interface RecordIndex {
  readonly recordType: 'index';
  readonly schemaVersion: 1;
  readonly organisations: readonly {
    readonly id: string;
    readonly name: LocalizedText;
    readonly publicAuthority: boolean;
    readonly entities: readonly RecordEntity[];
    readonly dpo?: DeepReadonly<NonNullable<OrganisationDocument['dpo']>>;
    readonly notices: readonly NoticeRecord[];
  }[];
}
