import { writeFileSync } from 'node:fs';
import { tablesNotice, longNotice } from '/work/main/scripts/make-import-docx.ts';
writeFileSync('/tmp/imp/t.docx', await tablesNotice());
writeFileSync('/tmp/imp/long.docx', await longNotice(20));
const mammoth = (await import('mammoth')).default;
console.log((await mammoth.convertToHtml({ path: '/tmp/imp/t.docx' })).value);
