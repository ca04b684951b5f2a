import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/project/index.ts';
import { fromRoot, seedNotice } from '../helpers/paths.ts';
import { lineOf } from '../helpers/lines.ts';

const seed = readFileSync(fromRoot(seedNotice), 'utf8');
const organisation = readFileSync(fromRoot('notices/pori-energia/organisation.yaml'), 'utf8');

function validate(noticeText: string) {
  return loadProject([
    { file: 'notices/pori-energia/organisation.yaml', text: organisation },
    { file: seedNotice, text: noticeText },
  ]);
}

/** Broken copies of the seed notice: each fault must be reported on its own line. */
const mutations: readonly { name: string; from: string; to: string; faultLine: string; ruleId: string }[] = [
  {
    name: 'required property removed',
    from: '    - id: alihankkijat\n      role: processor\n',
    to: '    - id: alihankkijat\n',
    faultLine: '- id: alihankkijat',
    ruleId: 'required-property',
  },
  { name: 'value of the wrong type', from: '  profiling: false', to: '  profiling: "ei"', faultLine: 'profiling: "ei"', ruleId: 'wrong-type' },
  { name: 'unknown enum value', from: 'role: processor', to: 'role: processer', faultLine: 'role: processer', ruleId: 'invalid-value' },
  {
    name: 'misspelled key',
    from: 'referredToAs:\n    fi: Rekisteri',
    to: 'referedToAs:\n    fi: Rekisteri',
    faultLine: 'referedToAs:',
    ruleId: 'unknown-property',
  },
  { name: 'YAML syntax error', from: 'languages: [fi, en]', to: 'languages: [fi, en', faultLine: 'languages: [fi, en', ruleId: 'yaml-syntax' },
  {
    name: 'duplicate key',
    from: '  outsideEea: possible\n',
    to: '  outsideEea: possible\n  outsideEea: none\n',
    faultLine: 'outsideEea: none',
    ruleId: 'duplicate-key',
  },
  {
    name: 'unknown id',
    from: 'entities: [pori-energia-oy, pori-energia-sahkoverkot-oy]',
    to: 'entities: [pori-energia-oy, pori-energia-sahkoverkko-oy]',
    faultLine: 'pori-energia-sahkoverkko-oy',
    ruleId: 'unknown-reference',
  },
  { name: 'bad date', from: 'lastUpdated: 2022-10-24', to: 'lastUpdated: 24.10.2022', faultLine: 'lastUpdated:', ruleId: 'invalid-format' },
  {
    name: 'plain text where a translation is needed',
    from: 'title:\n  fi: Markkinoinnin tietosuojaseloste\n  en: Privacy notice for marketing',
    to: 'title: Markkinoinnin tietosuojaseloste',
    faultLine: 'title: Markkinoinnin',
    ruleId: 'wrong-type',
  },
];

describe('the seed notice', () => {
  it('is valid as written', () => {
    const project = validate(seed);
    expect(project.diagnostics).toEqual([]);
    expect(project.notices.map((notice) => notice.id)).toEqual(['markkinointi-ja-viestinta']);
  });

  it.each(mutations)('reports $name on the line of the fault', ({ from, to, faultLine, ruleId }) => {
    expect(seed).toContain(from);
    const broken = seed.replace(from, to);
    const project = validate(broken);
    expect(project.notices).toEqual([]);
    expect(project.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.start.line])).toEqual([[ruleId, lineOf(broken, faultLine)]]);
  });
});
