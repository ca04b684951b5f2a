import { localizedTexts } from '../../schema/index.ts';
import { keyPath } from '../../source/index.ts';
import { defineRule } from '../rule.ts';

export const translationsComplete = defineRule({
  meta: {
    id: 'translations-complete',
    description: 'Every text of the notice and of its organisation file is given in every language the notice is published in.',
    law: [{ source: 'GDPR', provision: 'Art. 12(1)' }],
    messages: {
      missing:
        '`{{field}}` has no `{{language}}` text: the notice is published in {{languages}}, so readers of the {{language}} page would see it in another language',
      missingShared:
        '`{{field}}` has no `{{language}}` text: notice `{{notice}}` is published in {{languages}} and shows this text, so readers of its {{language}} page would see it in another language',
    },
    defaultSeverity: 'error',
    supersedes: ['missing-translation'],
    recommended: true,
  },
  check(notice, context) {
    const languages = notice.languages.join(', ');
    for (const { pointer, text } of localizedTexts('notice', notice.document)) {
      for (const language of notice.languages) {
        if (text[language] === undefined)
          context.report({ pointer, messageId: 'missing', target: 'key', data: { field: keyPath(pointer), language, languages } });
      }
    }
    for (const { pointer, text } of localizedTexts('organisation', notice.organisation.document)) {
      for (const language of notice.languages) {
        if (text[language] === undefined)
          context.report({
            pointer,
            file: 'organisation',
            messageId: 'missingShared',
            target: 'key',
            data: { field: keyPath(pointer), language, languages, notice: notice.id },
          });
      }
    }
  },
});
