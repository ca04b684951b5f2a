import { noticePointer, stated } from '../../model/index.ts';
import { displayName } from '../helpers.ts';
import { defineRule } from '../rule.ts';

export const controllerLegalEntity = defineRule({
  meta: {
    id: 'controller-legal-entity',
    description:
      'Each controller is named as a legal entity, not only as a unit of one, and joint controllers described as a class include at least one named controller.',
    law: [{ source: 'GDPR', provision: 'Art. 13(1)(a), 14(1)(a)' }],
    messages: {
      unitOnly:
        'Controller `{{unit}}` is named only as a unit: a controller is a legal person or an authority, not its department; name the entity it belongs to with `entity: <id>` beside `unit` (GDPR Art. 4(7), 13(1)(a))',
      partiesOnly:
        'The joint controllers are described only as a class, and none is named: name at least the controller that answers data subjects in `controllers.entities`, so that readers know who is responsible (GDPR Art. 13(1)(a), 26(1))',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    for (const entry of notice.controllerEntries) {
      if (entry.entity === undefined && entry.unit !== undefined)
        context.report({ pointer: entry.pointer, messageId: 'unitOnly', data: { unit: displayName(entry.unit, notice) } });
    }
    const parties = stated(notice.document.controllers)?.jointControllership?.parties;
    if (parties !== undefined && notice.controllers.length === 0 && notice.controllerEntries.every((entry) => entry.unit === undefined)) {
      context.report({ pointer: noticePointer('controllers', 'jointControllership', 'parties'), target: 'key', messageId: 'partiesOnly' });
    }
  },
});
