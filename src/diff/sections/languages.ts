import { property, ROOT } from '../align.ts';
import type { DiffContext } from '../context.ts';

const LANGUAGES = property(ROOT, 'languages');

/** Languages the notice is now published in, or no longer: editorial (what it says is the same); the texts of such a language are not compared. */
export function compareLanguages(context: DiffContext): void {
  const before = context.old.document.languages;
  const after = context.new.document.languages;
  after.forEach((language, index) => {
    if (!before.includes(language))
      context.add({
        kind: 'language-added',
        significance: 'editorial',
        id: language,
        place: { path: `${LANGUAGES.path}/${language}`, new: `/languages/${index}` },
      });
  });
  before.forEach((language, index) => {
    if (!after.includes(language))
      context.add({
        kind: 'language-removed',
        significance: 'editorial',
        id: language,
        place: { path: `${LANGUAGES.path}/${language}`, old: `/languages/${index}` },
      });
  });
  context.claim('notice', LANGUAGES.path, 'values');
}
