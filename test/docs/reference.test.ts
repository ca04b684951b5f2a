import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referencePages, servedArticles } from '../../scripts/generate-reference.ts';
import { fromRoot } from '../helpers/paths.ts';

const pages = referencePages();

describe('docs/reference/ (run `npm run generate` after changing a schema)', () => {
  it('matches the schemas: every page as generated, and no page left over', () => {
    expect(readdirSync(fromRoot('docs/reference')).sort()).toEqual(Object.keys(pages).sort());
    for (const [page, text] of Object.entries(pages)) expect(readFileSync(fromRoot(`docs/reference/${page}`), 'utf8'), page).toBe(text);
  });

  it('gives each key its path, type, article, values with their meaning, and the example of its schema', () => {
    const notice = pages['notice.md'] ?? '';
    const section = notice.slice(notice.indexOf('### `purposes.items[].legalBasis`'), notice.indexOf('### `purposes.items[].dataSubjects`'));
    expect(section).toContain('Type: [legal basis statement](#legal-basis-statement).');
    expect(section).toContain('Serves: GDPR Art. 6(1), 9(2), 13(1)(c).');
    expect(notice).toContain(
      '| `legitimate-interests` | GDPR Art. 6(1)(f): legitimate interests of the controller or a third party; state them in `legitimateInterest`. |',
    );
    expect(notice).toContain('## `transfers`\n\nType: mapping with the keys below.\n\nServes: GDPR Art. 13(1)(f), 30(1)(e), Chapter V.');
    expect(notice).toContain('```yaml\ntransfers:\n  outsideEea: none\n');
    expect(pages['organisation.md']).toContain('### `entities[].businessId`');
    expect(pages['config.md']).toContain('### `lint.rules.<name>`');
  });

  it('links every value type to its one description', () => {
    const common = pages['common.md'] ?? '';
    const anchors = new Set(
      [...common.matchAll(/^#+ (.+)$/gmu)].map(([, heading]) =>
        (heading ?? '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\s_-]/gu, '')
          .replace(/\s/gu, '-'),
      ),
    );
    const links = Object.values(pages).flatMap((text) => [...text.matchAll(/\]\(common\.md#([^)]+)\)/gu)].map(([, target]) => target ?? ''));
    expect(links.length).toBeGreaterThan(50);
    expect(links.filter((target) => !anchors.has(target))).toEqual([]);
  });

  it('reads the articles a description cites, not other brackets', () => {
    expect(servedArticles('Why the data are processed (GDPR Art. 13(1)(c), 30(1)(b)).')).toEqual(['GDPR Art. 13(1)(c), 30(1)(b)']);
    expect(servedArticles('The channels (Finnish Act on Electronic Communications Services 917/2014, §200–202).')).toEqual([
      'Finnish Act on Electronic Communications Services 917/2014, §200–202',
    ]);
    expect(servedArticles('When the copy was taken (YYYY-MM-DD), e.g. (`/fi/<id>/`).')).toEqual([]);
  });
});
