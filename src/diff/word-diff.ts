import type { WordChange } from './types.ts';

/** Above this many token pairs, a text is shown as replaced whole rather than compared word by word. */
const MAX_PAIRS = 4_000_000;

/**
 * The words-level difference of two texts: the pieces kept, deleted and
 * inserted, in order, which joined give the old text (kept and deleted) and
 * the new one (kept and inserted). Spaces between two changed words belong to
 * the change, so that `[-two years-]{+three years+}` reads as one.
 */
export function wordDiff(before: string, after: string): WordChange[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const middle = commonSubsequence(a.slice(start, endA), b.slice(start, endB));
  const steps: WordChange[] = [...a.slice(0, start).map(equal), ...middle, ...a.slice(endA).map(equal)];
  return grouped(steps);
}

function equal(text: string): WordChange {
  return { op: 'equal', text };
}

/** Words and the runs of white space between them. */
function tokens(text: string): string[] {
  return text.match(/\s+|\S+/gu) ?? [];
}

/** The edit script of two token lists by their longest common subsequence. */
function commonSubsequence(a: readonly string[], b: readonly string[]): WordChange[] {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_PAIRS) {
    return [...a.map((text): WordChange => ({ op: 'delete', text })), ...b.map((text): WordChange => ({ op: 'insert', text }))];
  }
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = a[i] === b[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const steps: WordChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      steps.push(equal(a[i] ?? ''));
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      steps.push({ op: 'delete', text: a[i] ?? '' });
      i += 1;
    } else {
      steps.push({ op: 'insert', text: b[j] ?? '' });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) steps.push({ op: 'delete', text: a[i] ?? '' });
  for (; j < b.length; j += 1) steps.push({ op: 'insert', text: b[j] ?? '' });
  return steps;
}

/** Joins the steps into runs: kept text, then each change as one deletion followed by one insertion. */
function grouped(steps: readonly WordChange[]): WordChange[] {
  const result: WordChange[] = [];
  let index = 0;
  while (index < steps.length) {
    const step = steps[index] as WordChange;
    if (step.op === 'equal') {
      push(result, step);
      index += 1;
      continue;
    }
    let deleted = '';
    let inserted = '';
    let end = index;
    // a change runs on over white space kept between two changed words
    while (end < steps.length) {
      const current = steps[end] as WordChange;
      if (current.op === 'delete') deleted += current.text;
      else if (current.op === 'insert') inserted += current.text;
      else if (/^\s+$/u.test(current.text) && steps[end + 1] !== undefined && steps[end + 1]?.op !== 'equal') {
        deleted += current.text;
        inserted += current.text;
      } else break;
      end += 1;
    }
    // white space both sides begin or end with is kept, not changed
    const lead = deleted !== '' && inserted !== '' ? commonSpace(deleted, inserted, /^\s+/u) : '';
    const trail = deleted.length > lead.length && inserted.length > lead.length ? commonSpace(deleted, inserted, /\s+$/u) : '';
    if (lead !== '') push(result, equal(lead));
    if (deleted.length > lead.length + trail.length) push(result, { op: 'delete', text: deleted.slice(lead.length, deleted.length - trail.length) });
    if (inserted.length > lead.length + trail.length) push(result, { op: 'insert', text: inserted.slice(lead.length, inserted.length - trail.length) });
    if (trail !== '') push(result, equal(trail));
    index = end;
  }
  return result;
}

/** The white space two texts both begin (or end) with, as `edge` finds it. */
function commonSpace(a: string, b: string, edge: RegExp): string {
  const [x = '', y = ''] = [edge.exec(a)?.[0], edge.exec(b)?.[0]];
  return x === y ? x : '';
}

function push(result: WordChange[], step: WordChange): void {
  const last = result.at(-1);
  if (last !== undefined && last.op === step.op) result[result.length - 1] = { op: step.op, text: last.text + step.text };
  else result.push(step);
}
