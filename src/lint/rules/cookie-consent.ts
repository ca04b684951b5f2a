import { noticePointer, purposesOf, stated } from '../../model/index.ts';
import { defineRule } from '../rule.ts';
import { purposesUsing, purposesUsingSource } from '../helpers.ts';

/** Cookies that need consent: all but the strictly necessary ones, and those whose type the notice does not state. */
const NEEDS_CONSENT = new Set(['cookies', 'cookies.preferences', 'cookies.analytics', 'cookies.marketing']);

export const cookieConsent = defineRule({
  meta: {
    id: 'cookie-consent',
    description: 'Cookies and online tracking beyond what is strictly necessary rest on consent.',
    law: [{ source: 'Laki sähköisen viestinnän palveluista 917/2014', provision: '205 §' }],
    messages: {
      category:
        'Data category `{{id}}` includes cookies that are not stated to be strictly necessary, but {{purposes}} do not rest on consent: storing and reading them needs the user’s consent (917/2014 §205); make consent the basis, or mark cookies that are strictly necessary as `cookies.necessary`',
      source: 'Source `{{id}}` tracks the use of online services, but {{purposes}} do not rest on consent, which such tracking needs (917/2014 §205)',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const total = purposesOf(notice).length;
    const list = (entries: { purpose: { id: string } }[]) =>
      entries.length === total && total > 1 ? 'the purposes' : `purposes ${entries.map(({ purpose }) => `\`${purpose.id}\``).join(', ')}`;
    stated(notice.document.dataCategories)?.items?.forEach((category, index) => {
      if (!(category.kinds ?? []).some((kind) => NEEDS_CONSENT.has(kind))) return;
      const without = purposesUsing(notice, category.id).filter(({ codes }) => !codes.has('consent'));
      if (without.length > 0)
        context.report({
          pointer: noticePointer('dataCategories', 'items', index, 'kinds'),
          messageId: 'category',
          data: { id: category.id, purposes: list(without) },
        });
    });
    stated(notice.document.sources)?.items?.forEach((source, index) => {
      if (source.kind !== 'online-tracking') return;
      const without = purposesUsingSource(notice, source.id).filter(({ codes }) => !codes.has('consent'));
      if (without.length > 0)
        context.report({ pointer: noticePointer('sources', 'items', index, 'kind'), messageId: 'source', data: { id: source.id, purposes: list(without) } });
    });
  },
});
