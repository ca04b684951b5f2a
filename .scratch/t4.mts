import { readFileSync } from 'node:fs';
import { importNotice, toYaml, formatImportReport } from '../src/import/index.ts';
const [file, lang] = process.argv.slice(2);
const format = file.endsWith('.md') ? 'markdown' : file.endsWith('.html') ? 'html' : 'text';
const r = importNotice({ file, text: readFileSync(file, 'utf8'), format, ...(lang ? { language: lang } : {}) }, { id: 'x', organisation: { id: 'o' } });
console.log(toYaml(r.notice as any));
console.log(formatImportReport(r.report, ['x.yaml']).split('\n').filter(l => /→|Unplaced|unplaced/.test(l) && !/^\s+(high|medium|low)/.test(l)).join('\n'));
