import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/model/index.ts';
import { summaryNodes, toHtml } from '../../src/render/index.ts';
import { minimal, validNotice } from '../helpers/in-memory.ts';
import { renderDocument, visibleText } from '../helpers/render.ts';

/** The minimal notice on legitimate interests, with a rights section. */
function withRights(rights: string): Notice {
  return validNotice(`${minimal.notice.replace('basis: contract', 'basis: legitimate-interests')}rights:\n${rights}`);
}

function rightsSection(notice: Notice, locale: string): string {
  const found = renderDocument(notice, locale).rendered.sections.find((section) => section.key === 'rights');
  return visibleText(toHtml({ type: 'root', children: found?.content ?? [] }));
}

const items = `  items:
    - covers: [access]
    - covers: [objection]
      description:
        fi: Voit vastustaa käsittelyä kirjeellä.
        en: You may object by letter.
`;

describe('the rights section', () => {
  it('without `explain`, lists the rights in the notice’s words only', () => {
    const en = rightsSection(withRights(items), 'en');
    expect(en).toBe('Right of access Right to object You may object by letter.');
  });

  it('with `explain: true`, adds seloste’s explanation of each right that has no words of its own, the right to object, and how to use the rights', () => {
    const notice = withRights(`  explain: true\n${items}`);
    const en = rightsSection(notice, 'en');
    expect(en).toContain('You have the following rights concerning your personal data:');
    expect(en).toContain('Right of access You may ask whether your personal data are processed and receive a copy of them (GDPR Article 15).');
    // the objection item has words of its own, which stand alone
    expect(en).toContain('Right to object You may object by letter.');
    expect(en).not.toContain(
      'You may object to processing based on legitimate interests or on a task in the public interest, and at any time to direct marketing',
    );
    expect(en).toContain('Your right to object Where processing is based on legitimate interests');
    expect(en).toContain('How to use your rights Send your request to the controller using the contact details below.');
    expect(en).toContain('E-mail: info@esimerkki.fi');
    expect(rightsSection(notice, 'fi')).toContain('Oikeus saada pääsy tietoihin Voit pyytää tiedon siitä, käsitelläänkö henkilötietojasi');
  });

  it('shows the notice’s own statement of the right to object and of how to use the rights, with or without `explain`, and never a standard text beside them', () => {
    const own =
      '  objection:\n    fi: Voit vastustaa milloin tahansa.\n    en: You may object at any time.\n  howToExercise:\n    fi: Lähetä pyyntö sähköpostilla.\n    en: Send your request by e-mail.\n';
    expect(rightsSection(withRights(`${items}${own}`), 'en')).toContain(
      'Your right to object You may object at any time. How to use your rights Send your request by e-mail.',
    );
    const explained = rightsSection(withRights(`  explain: true\n${items}${own}`), 'en');
    expect(explained).toContain(
      'Your right to object You may object at any time. How to use your rights Send your request by e-mail. E-mail: info@esimerkki.fi',
    );
    expect(explained).not.toContain('Where processing is based on legitimate interests');
    expect(explained).not.toContain('Send your request to the controller using the contact details below.');
  });

  it('states each condition, fee, identification and deadline only as the notice does', () => {
    const terms = `  items:
    - covers: [access]
      fee: none
      deadline: P1M
    - covers: [erasure]
      applies: false
    - covers: [portability]
      conditions:
        fi: Vain sähköisesti annetut tiedot.
        en: Only data given electronically.
      fee:
        amount: { fi: 20 euroa, en: 20 euros }
        when: { fi: toistuvista pyynnöistä, en: for repeated requests }
  identification:
    fi: Henkilöllisyys tarkistetaan.
    en: Your identity is checked.
`;
    const en = rightsSection(withRights(terms), 'en');
    expect(en).toBe(
      'Right of access Requests are free of charge. Response time: 1 month Right to erasure Does not apply to this register. ' +
        'Right to data portability Conditions: Only data given electronically. Fee: 20 euros, for repeated requests Identification: Your identity is checked.',
    );
    expect(rightsSection(withRights(terms), 'fi')).toContain('Oikeus tietojen poistamiseen Ei koske tätä rekisteriä.');
  });

  it('is summed up only by the rights the notice lists as applying, each named as the section names it and linking to it', () => {
    const { rendered } = renderDocument(
      withRights(
        `  items:\n    - covers: [access]\n    - covers: [erasure]\n      applies: false\n    - covers: [objection]\n      label: { fi: Oikeus vastustaa markkinointia, en: Right to object to marketing }\n`,
      ),
      'en',
    );
    const html = toHtml({ type: 'root', children: summaryNodes(rendered) });
    const summary = visibleText(html);
    expect(summary).toContain('Your rights Right of access Right to object to marketing How to get in touch');
    expect(summary).not.toContain('Right to erasure');
    expect(html).toContain('<a href="#rights">Right of access</a>');
    expect(html).toContain('<a href="#rights">Right to object to marketing</a>');
    expect(
      rightsSection(
        withRights(`  items:\n    - covers: [objection]\n      label: { fi: Oikeus vastustaa markkinointia, en: Right to object to marketing }\n`),
        'en',
      ),
    ).toBe('Right to object to marketing');
  });

  it('says in the summary how to use the rights only where the section does', () => {
    const summaryOf = (yaml: string) => visibleText(toHtml({ type: 'root', children: summaryNodes(renderDocument(withRights(yaml), 'en').rendered) }));
    expect(summaryOf(`  items:\n    - covers: [access]\n`)).not.toContain('How to use your rights');
    expect(summaryOf(`  explain: true\n  items:\n    - covers: [access]\n`)).toContain('Right of access How to use your rights: section 4');
  });
});
