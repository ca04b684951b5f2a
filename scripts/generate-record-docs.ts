// Writes the mapping tables of docs/record.md from the mapping data
// (see scripts/record-docs.ts). Run after changing src/export/dpv/mapping.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { withMappingTables } from './record-docs.ts';

const target = new URL('../docs/record.md', import.meta.url);
writeFileSync(target, withMappingTables(readFileSync(target, 'utf8')));
console.log(`wrote ${target.pathname}`);
