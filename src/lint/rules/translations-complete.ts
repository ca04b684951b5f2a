import { defineRule } from '../rule.ts';
import { localizedTexts } from '../helpers.ts';

export const translationsComplete = defineRule({
  meta: {
    id: 'translations-complete',
    description: 'Every text is given in every language the notice is published in, and in no other.',
    law: [{ source: 'GDPR', provision: 'Art. 12(1)' }],
    messages: {
      missing: 'Missing `{{language}}` text: the notice is published in {{languages}}, so readers of the {{language}} page would see it in another language',
      unused: 'Text in `{{language}}`, which the notice is not published in ({{languages}}): add `{{language}}` to `languages` or remove the text',
    },
    defaultSeverity: 'error',
    recommended: true,
  },
  check(notice, context) {
    const languages = notice.languages.join(', ');
    for (const { pointer, text } of localizedTexts(notice.document)) {
      for (const language of notice.languages) {
        if (text[language] === undefined) context.report({ pointer, messageId: 'missing', target: 'key', data: { language, languages } });
      }
      for (const language of Object.keys(text)) {
        if (!notice.languages.includes(language)) context.report({ pointer: `${pointer}/${language}`, messageId: 'unused', target: 'key', data: { language, languages } });
      }
    }
  },
});
