// The allocation floor of a full report: the cost of writing out a finished report, byte for byte, with every
// decision, figure and text already known. Any writer of this report as plain data that shares no editable
// object with another report, however it is compiled, allocates at least what this one allocates, so the bench
// prints it beside the floor and plain json-rules-engine: it shows how much of the distance to them is the
// report itself rather than the work behind it.
//
// How it is built (outside the timer): reports are cut into pieces of one shape (the report's head, each
// target's row, each shortfall), and each shape gets one function with the shape's object literal written out
// in code, as a compiler of rule sets would emit it. A string that is the same in every piece of that shape is
// a literal (a rule-set-fixed text costs nothing to write), and so is a word of a closed set such as a status,
// which is part of the shape. Every other string is joined at run time from two halves prepared beforehand, so
// each report gets its own copy, as a real writer's would; numbers are passed in. Booleans, nulls and keys are
// part of the shape. The code is the bench's own, generated from our own reports; none of it is in the library.

const LISTS = new Set(['targets', 'shortfalls']);

// A word of a closed set (a status, a commitment, a kind): a writer picks it, it does not build it.
const WORD = /^[A-Za-z_]+$/;

// A piece's shape: its structure, with its words, and every other string and number left as a hole.
function shapeOf(value) {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return WORD.test(value) ? JSON.stringify(value) : 's';
  if (typeof value === 'number') return 'n';
  if (Array.isArray(value)) return `[${value.map(shapeOf).join(',')}]`;
  return `{${Object.keys(value)
    .map((k) => `${JSON.stringify(k)}:${shapeOf(value[k])}`)
    .join(',')}}`;
}

// The strings and the numbers of a piece, in the order the shape's code reads them.
function leavesOf(value, strings = [], numbers = []) {
  if (typeof value === 'string') strings.push(value);
  else if (typeof value === 'number') numbers.push(value);
  else if (value !== null && typeof value === 'object')
    for (const v of Array.isArray(value) ? value : Object.values(value)) leavesOf(v, strings, numbers);
  return { strings, numbers };
}

// The code of a shape's literal; `fixed[j]` is the j-th string when it is the same in every piece, else undefined.
function literalCode(value, fixed, at = { s: 0, n: 0 }, top = true) {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') return `n[${at.n++}]`;
  if (typeof value === 'string') {
    const j = at.s++;
    return fixed[j] !== undefined ? JSON.stringify(fixed[j]) : `(h[${j}]+t[${j}])`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => literalCode(v, fixed, at, false)).join(',')}]`;
  return `{${Object.keys(value)
    .map((k) => {
      const code = top && LISTS.has(k) ? k : literalCode(value[k], fixed, at, false);
      return `${JSON.stringify(k)}:${code}`;
    })
    .join(',')}}`;
}

// One function per shape, over every piece of that shape: (h, t, n[, targets, shortfalls]) => the literal.
function writersOf(pieces, head) {
  const byShape = new Map();
  for (const piece of pieces) {
    const key = `${piece.group}|${shapeOf(piece.value)}`;
    const list = byShape.get(key) ?? byShape.set(key, []).get(key);
    list.push(piece);
  }
  for (const list of byShape.values()) {
    const all = list.map((p) => leavesOf(p.value));
    const fixed = all[0].strings.map((s, j) => (all.every((l) => l.strings[j] === s) ? s : undefined));
    // The bench compiles its own report shapes here; the library never runs code it did not ship.
    const write = new Function(
      'h',
      't',
      'n',
      ...(head ? [...LISTS] : []),
      `return ${literalCode(list[0].value, fixed)}`,
    );
    list.forEach((piece, i) => {
      const { strings, numbers } = all[i];
      // Two halves per varying string, so joining them allocates a string of the same text.
      const h = strings.map((s, j) => (fixed[j] === undefined ? s.slice(0, s.length >> 1) : ''));
      const t = strings.map((s, j) => (fixed[j] === undefined ? s.slice(s.length >> 1) : ''));
      piece.write = head
        ? (targets, shortfalls) => write(h, t, numbers, targets, shortfalls)
        : () => write(h, t, numbers);
    });
  }
}

/** For each report, a function that writes a byte-identical copy of it with all the work done beforehand. */
export function reportWriters(reports) {
  const heads = reports.map((r) => ({ group: 'head', value: { ...r, targets: [], shortfalls: [] } }));
  const rows = reports.map((r) => r.targets.map((value, i) => ({ group: `target ${i}`, value })));
  const shortfalls = reports.map((r) => r.shortfalls.map((value) => ({ group: `shortfall ${value.target}`, value })));
  writersOf(heads, true);
  writersOf(rows.flat(), false);
  writersOf(shortfalls.flat(), false);
  return reports.map((_, k) => {
    const row = rows[k];
    const shortfall = shortfalls[k];
    const head = heads[k];
    return () => {
      const targets = new Array(row.length);
      for (let i = 0; i < row.length; i++) targets[i] = row[i].write();
      const lost = new Array(shortfall.length);
      for (let i = 0; i < shortfall.length; i++) lost[i] = shortfall[i].write();
      return head.write(targets, lost);
    };
  });
}
