import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/render/index.ts';
import { loadTexts, validNotice } from '../helpers/in-memory.ts';
import { renderDocument, visibleText } from '../helpers/render.ts';

const organisation = `id: yliopisto
name:
  fi: Helsingin yliopisto
  en: University of Helsinki
  sv: Helsingfors universitet
entities:
  - id: yliopisto
    name:
      fi: Helsingin yliopisto
      en: University of Helsinki
      sv: Helsingfors universitet
    businessId: 0313471-7
contact:
  postalAddress:
    poBox: "800"
    postalCode: "00531"
    locality:
      fi: Helsinki
      sv: Helsingfors
  email:
    fi: kirjaamo@example.fi
    en: registry@example.fi
  phone:
    - number: 02 941 911
      label:
        fi: vaihde
        en: switchboard
        sv: växel
    - number: + 358 (0)2 941 2000
`;

const notice = (controllers: string, languages = '[fi, en, sv]') => `id: tutkimus
organisation: yliopisto
languages: ${languages}
title:
  fi: Tutkimusrekisteri
  en: Research register
  sv: Forskningsregister
controllers:
  entities:
${controllers}`;

function controllerSection(text: string, locale: string): { text: string; html: string } {
  const rendered = renderDocument(validNotice(text, organisation), locale).rendered;
  const section = rendered.sections.find((candidate) => candidate.key === 'controller');
  const html = toHtml({ type: 'root', children: section?.content ?? [] });
  return { text: visibleText(html), html };
}

describe('contact details in each language', () => {
  const entity = '    - yliopisto\n';

  it('show the P.O. box, the place and the e-mail address of the page’s language', () => {
    expect(controllerSection(notice(entity), 'fi').text).toContain('Postiosoite: PL 800, 00531 Helsinki');
    expect(controllerSection(notice(entity), 'en').text).toContain('Postal address: P.O. Box 800, 00531 Helsinki');
    expect(controllerSection(notice(entity), 'sv').text).toContain('Postadress: PB 800, 00531 Helsingfors');
    expect(controllerSection(notice(entity), 'fi').html).toContain('<a href="mailto:kirjaamo@example.fi">kirjaamo@example.fi</a>');
    expect(controllerSection(notice(entity), 'en').html).toContain('<a href="mailto:registry@example.fi">registry@example.fi</a>');
  });

  it('mark a value given only in another language with its language', () => {
    const sv = controllerSection(notice(entity), 'sv');
    expect(sv.html).toContain('<span lang="fi"><a href="mailto:kirjaamo@example.fi">kirjaamo@example.fi</a></span>');
  });

  it('show each phone number under the label the notice gives it, with a tel: link of digits only', () => {
    const fi = controllerSection(notice(entity), 'fi');
    expect(fi.text).toContain('Vaihde: 02 941 911');
    expect(fi.text).toContain('Puhelin: + 358 (0)2 941 2000');
    expect(fi.html).toContain('href="tel:02941911"');
    expect(fi.html).toContain('href="tel:+35829412000"');
    expect(controllerSection(notice(entity), 'en').text).toContain('Switchboard: 02 941 911');
    expect(controllerSection(notice(entity), 'sv').text).toContain('Växel: 02 941 911');
  });
});

describe('controllers as the notice names them', () => {
  it('name an entity in the page’s language, with the unit that runs the register', () => {
    const unit =
      '    - entity: yliopisto\n      unit:\n        fi: Viestintä ja markkinointi\n        en: Communications and Marketing\n        sv: Kommunikation och marknadsföring\n';
    expect(controllerSection(notice(unit), 'fi').text).toContain('Helsingin yliopisto, Viestintä ja markkinointi (Y-tunnus 0313471-7)');
    expect(controllerSection(notice(unit), 'en').text).toContain('University of Helsinki, Communications and Marketing (Business ID 0313471-7)');
    expect(renderDocument(validNotice(notice(unit), organisation), 'sv').text).toContain(
      'Vem är ansvarig Helsingfors universitet, Kommunikation och marknadsföring',
    );
  });

  it('name a unit alone by itself, with no details that belong to an entity', () => {
    const project = loadTexts(notice('    - unit:\n        fi: Kirjasto\n        en: Library\n        sv: Biblioteket\n'), organisation);
    const loaded = project.notices[0];
    if (loaded === undefined) throw new Error(JSON.stringify(project.diagnostics));
    const en = renderDocument(loaded, 'en');
    const section = visibleText(toHtml({ type: 'root', children: en.rendered.sections.find((candidate) => candidate.key === 'controller')?.content ?? [] }));
    expect(section).toBe('Controller Library');
  });
});
