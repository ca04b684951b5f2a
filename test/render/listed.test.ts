import { describe, expect, it } from 'vitest';
import { sectionNodes, summaryNodes, toHtml } from '../../src/render/index.ts';
import { validNotice } from '../helpers/in-memory.ts';
import { renderDocument, visibleText } from '../helpers/render.ts';

const skeleton = `id: testi
organisation: esimerkki
languages: [fi, en]
title: { fi: Testiseloste, en: Test notice }
`;

const recipients = (listed: string) => `recipients:
${listed}  items:
    - id: alihankkijat
      role: processor
      label: { fi: Alihankkijat, en: Subcontractors }
      description: { fi: Käytämme alihankkijoita., en: We use subcontractors. }
    - id: viranomaiset
      role: authority
      label: { fi: Viranomaiset, en: Authorities }
      description: { fi: Viranomaisille lain mukaan., en: To authorities as the law requires. }
`;

describe('items the notice states in running text (`listed: false`)', () => {
  it('show the notice’s words and not the labels the legal team gave them, which name them only in the summary', () => {
    const { rendered } = renderDocument(validNotice(`${skeleton}${recipients('  listed: false\n')}`), 'en');
    const body = visibleText(toHtml({ type: 'root', children: sectionNodes(rendered) }));
    expect(body).toContain('We use subcontractors. To authorities as the law requires.');
    expect(body).not.toContain('Subcontractors');
    expect(body).not.toContain('Authorities');
    expect(visibleText(toHtml({ type: 'root', children: summaryNodes(rendered) }))).toContain('Who receives the data Subcontractors Authorities');
  });

  it('are listed by their labels by default', () => {
    const { text } = renderDocument(validNotice(`${skeleton}${recipients('')}`), 'en');
    expect(text).toContain('Subcontractors We use subcontractors.');
  });

  it('keep their labels when they would be the only words', () => {
    const { text } = renderDocument(
      validNotice(`${skeleton}dataSubjects:\n  listed: false\n  groups:\n    - id: asiakkaat\n      label: { fi: asiakkaat, en: customers }\n`),
      'en',
    );
    expect(text).toContain('customers');
  });

  it('of data subjects, show the section’s description alone', () => {
    const notice = validNotice(
      `${skeleton}dataSubjects:\n  listed: false\n  description: { fi: Rekisterissä on asiakkaiden tietoja., en: The register holds data on customers. }\n  groups:\n    - id: asiakkaat\n      label: { fi: asiakkaat, en: the customers }\n`,
    );
    const { text } = renderDocument(notice, 'en');
    expect(text).toContain('The register holds data on customers.');
    expect(text).not.toContain('the customers');
  });
});
