import { controllerContact } from '../../model/index.ts';
import { defineRule } from '../rule.ts';

export const controllerIdentity = defineRule({
  meta: {
    id: 'controller-identity',
    description: 'Each controller has a postal address and an e-mail address or telephone number.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(a), 14(1)(a)' }],
    messages: { missing: 'Controller `{{name}}` has no {{missing}}: give the identity and contact details of the controller (GDPR Art. 13(1)(a)) in organisation.yaml' },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    notice.document.controllers.entities.forEach((id, index) => {
      const controller = notice.controllers.find((entity) => entity.id === id);
      if (controller === undefined) return;
      const contact = controllerContact(notice, controller);
      const missing = [
        ...(contact?.postalAddress === undefined ? ['postal address'] : []),
        ...(contact?.email === undefined && contact?.phone === undefined ? ['e-mail address or telephone number'] : []),
      ];
      if (missing.length > 0) context.report({ pointer: `/controllers/entities/${index}`, messageId: 'missing', data: { name: controller.name, missing: missing.join(' and no ') } });
    });
  },
});
