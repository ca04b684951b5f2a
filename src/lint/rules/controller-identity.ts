import { controllerContact, noticePointer, stated, stateOf } from '../../model/index.ts';
import { displayName, gapPlace } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const controllerIdentity = defineRule({
  meta: {
    id: 'controller-identity',
    description: 'The notice names its controllers, and each has a postal address and an e-mail address or telephone number.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(a), 14(1)(a)' }],
    messages: {
      missing:
        'The notice does not say who the controller is: add `controllers: {entities: [<entity id>]}`, naming the entities of organisation.yaml (GDPR Art. 13(1)(a))',
      contact: 'Controller `{{name}}` has no {{missing}}: give the identity and contact details of the controller (GDPR Art. 13(1)(a)) in organisation.yaml',
    },
    defaultSeverity: 'error',
    gaps: ['missing'],
    recommended: true,
  },
  check(notice, context) {
    const section = notice.document.controllers;
    const named = notice.controllerEntries.length > 0 || stated(section)?.jointControllership?.parties !== undefined;
    if (stateOf(section) === 'not-stated' || !named) {
      context.report({ ...gapPlace(section, noticePointer('controllers')), messageId: 'missing' });
      return;
    }
    for (const entry of notice.controllerEntries) {
      if (entry.entity === undefined) continue;
      const contact = controllerContact(notice, entry.entity);
      const missing = [
        ...(contact?.postalAddress === undefined ? ['postal address'] : []),
        ...(contact?.email === undefined && contact?.phone === undefined ? ['e-mail address or telephone number'] : []),
      ];
      if (missing.length > 0)
        context.report({
          pointer: entry.pointer,
          messageId: 'contact',
          data: { name: displayName(entry.entity.name, notice), missing: missing.join(' and no ') },
        });
    }
  },
});
