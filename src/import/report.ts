import type { DiagnosticJson } from '../diagnostics/index.ts';
import type { ImportReport } from './import-notice.ts';

/** The report as JSON for tools: the import's report, the files written, and the draft's lint findings. */
export function importReportJson(report: ImportReport, written: readonly string[], findings: readonly DiagnosticJson[]): unknown {
  return { written, ...report, findings };
}

const quote = (text: string, length = 70) => `“${text.length > length ? `${text.slice(0, length - 1)}…` : text}”`;

/**
 * The report as text: each section and where it went, from which heading;
 * each fact with its confidence and the words it came from; what is
 * unplaced; and what the reader must do. The draft's lint findings follow it,
 * printed by the command.
 */
export function formatImportReport(report: ImportReport, written: readonly string[]): string {
  const lines: string[] = [];
  lines.push(
    `Imported ${report.files.map((file) => `${file.file} (${file.language}${file.guessed ? ', guessed' : ''})`).join(' and ')} into ${written.join(' and ')}.`,
    '',
  );
  lines.push('Sections:');
  for (const section of report.sections) {
    const from =
      section.heading === undefined
        ? 'the opening lines'
        : `${quote(section.heading, 60)}${section.line === undefined ? '' : ` (line ${String(section.line)})`}`;
    const to = section.topic === 'unplaced' ? 'unplaced' : section.pointers.length === 0 ? 'nothing (no text)' : section.pointers.join(', ');
    lines.push(`  ${section.language}  ${from} → ${to}`);
  }
  lines.push('', 'Facts (confidence, what, where, from):');
  for (const fact of report.facts) {
    const where = fact.pointer === undefined ? '(reported only)' : `${fact.file === 'organisation' ? 'organisation ' : ''}${fact.pointer}`;
    lines.push(
      `  ${fact.confidence.padEnd(6)}  ${fact.kind} ${fact.value} → ${where}, from ${quote(fact.source, 60)}${fact.note === undefined ? '' : `: ${fact.note}`}`,
    );
  }
  lines.push(
    '',
    report.unplaced.length === 0
      ? 'Unplaced: nothing; every text of the original has its place.'
      : `Unplaced (${String(report.unplaced.length)}; move each where it belongs, then delete it; lint reports each as unplaced-text):`,
  );
  for (const block of report.unplaced)
    lines.push(
      `  ${block.pointer}${block.language === undefined ? '' : ` (${block.language})`}${block.heading === undefined ? '' : ` under ${quote(block.heading, 50)}`}: ${quote(block.text.replace(/\s+/gu, ' '))}`,
    );
  if (report.problems.length > 0) lines.push('', 'To do:', ...report.problems.map((problem) => `  ${problem}`));
  return `${lines.join('\n')}\n`;
}
