import type { WordChange } from './types.ts';

/** Above this much bookkeeping (edits found × tokens), a text is shown as replaced whole rather than compared word by word. */
const MAX_WORK = 4_000_000;

/**
 * The words-level difference of two texts: the pieces kept, deleted and
 * inserted, in order, which joined give the old text (kept and deleted) and
 * the new one (kept and inserted). Spaces between two changed words belong to
 * the change, so that `[-two years-]{+three years+}` reads as one. Texts
 * that differ almost everywhere, and are long, are shown as replaced whole.
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
  const middle = shortestEdit(a.slice(start, endA), b.slice(start, endB));
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

/**
 * The shortest edit script of two token lists (Myers' O(ND) algorithm):
 * quick for the few edits a version makes to a text, whatever its length.
 */
function shortestEdit(a: readonly string[], b: readonly string[]): WordChange[] {
  const replaced = (): WordChange[] => [...a.map((text): WordChange => ({ op: 'delete', text })), ...b.map((text): WordChange => ({ op: 'insert', text }))];
  if (a.length === 0 || b.length === 0) return replaced();
  const max = a.length + b.length;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    if ((d + 1) * frontier.length > MAX_WORK) return replaced();
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (frontier[offset + k - 1] ?? 0) < (frontier[offset + k + 1] ?? 0));
      let x = down ? (frontier[offset + k + 1] ?? 0) : (frontier[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      frontier[offset + k] = x;
      if (x >= a.length && y >= b.length) return backtrack(a, b, trace, offset);
    }
  }
  return replaced();
}

/** The edits, in order, from the frontiers each round of {@link shortestEdit} began with. */
function backtrack(a: readonly string[], b: readonly string[], trace: readonly Int32Array[], offset: number): WordChange[] {
  const steps: WordChange[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const frontier = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (frontier[offset + k - 1] ?? 0) < (frontier[offset + k + 1] ?? 0));
    const previousK = down ? k + 1 : k - 1;
    const previousX = frontier[offset + previousK] ?? 0;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      steps.push(equal(a[x - 1] ?? ''));
      x -= 1;
      y -= 1;
    }
    if (d === 0) break;
    if (down) steps.push({ op: 'insert', text: b[y - 1] ?? '' });
    else steps.push({ op: 'delete', text: a[x - 1] ?? '' });
    x = previousX;
    y = previousY;
  }
  return steps.reverse();
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
