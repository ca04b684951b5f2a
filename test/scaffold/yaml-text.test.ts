import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/index.ts';
import { yamlLines, yamlScalar, type PlainData } from '../../src/scaffold/index.ts';

/** What seloste reads back from the lines written for a value. */
function readBack(value: PlainData): unknown {
  const parsed = parseYaml(`${yamlLines({ value }).join('\n')}\n`, 'value.yaml');
  expect(parsed.diagnostics).toEqual([]);
  return (parsed.data as { value: unknown }).value;
}

describe('YAML written for templates and examples', () => {
  it('reads back as the same texts, quoting only what YAML would read otherwise', () => {
    const texts = [
      'Esimerkki Oy',
      '00100',
      '09 123 4567',
      'true',
      'off',
      'null',
      '',
      '1e3',
      'Data: what we collect',
      'a #b',
      '- item',
      '#tag',
      '…',
      ' padded ',
      'line\nbreak',
      'ends with:',
      'P2Y',
      '2025-01-31',
      'Oy:n rekisteri',
      "customers' data",
      'https://www.esimerkki.example.fi/',
    ];
    for (const text of texts) expect(readBack(text), text).toBe(text);
    expect(yamlScalar('Esimerkki Oy')).toBe('Esimerkki Oy');
    expect(yamlScalar('00100')).toBe('"00100"');
    expect(yamlScalar('Data: what we collect')).toBe('"Data: what we collect"');
  });

  it('writes lists of words on one line and everything else as blocks, readable back', () => {
    const value: PlainData = {
      languages: ['fi', 'en'],
      items: [{ id: 'a', label: { fi: 'nimi', en: 'name' }, kinds: ['identity', 'contact'] }, 'plain'],
      none: true,
      count: 3,
      empty: [],
      nested: [['x', 'y'], ['a, b']],
    };
    expect(readBack(value)).toEqual(value);
    expect(yamlLines(value).slice(0, 6)).toEqual(['languages: [fi, en]', 'items:', '  - id: a', '    label:', '      fi: nimi', '      en: name']);
  });
});
