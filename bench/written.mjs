// The allocation floor of a full report: the cost of writing out a finished report, byte for byte, with every
// decision, figure and text already known. Any writer of this report as plain data that shares no editable
// object with another report, however it is compiled, allocates at least what this one allocates, so the bench
// prints it beside the floor and plain json-rules-engine: it shows how much of the distance to them is the
// report itself rather than the work behind it.
//
// How it is built (outside the timer): reports are cut into pieces of one shape (the report's head, each
// target's row, each shortfall), and each shape gets one function with the shape's object literal written out
// in code, as a compiler of rule sets would emit it. A string or number that is the same in every piece of that
// shape is a literal (a rule-set-fixed text costs nothing to write), and so is a word of a closed set such as a
// status, which is part of the shape; a sub-object that is the same in every piece (a label, a source) is one
// frozen object shared by every report. Every other string is joined at run time from two halves prepared
// beforehand, so each report gets its own copy, as a real writer's would; other numbers are passed in.
// Booleans, nulls and keys are part of the shape. The code is the bench's own, generated from our own reports;
// none of it is in the library.

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

// A deep copy, frozen: a sub-object that is the same in every piece of a shape is shared between reports, as
// a writer may share frozen data (reports still share nothing editable).
function frozenCopy(value) {
  if (value === null || typeof value !== 'object') return value;
  const copy = Array.isArray(value) ? value.map(frozenCopy) : {};
  if (!Array.isArray(value)) for (const k of Object.keys(value)) copy[k] = frozenCopy(value[k]);
  return Object.freeze(copy);
}

// The code of the literal for `nodes`, the same place in every piece of one shape, and what each piece passes
// in: the two halves of each string that differs between pieces, each number that does, and the frozen
// sub-objects that do not.
function literalCode(nodes, store, top = false) {
  const first = nodes[0];
  if (first === null || typeof first === 'boolean') return JSON.stringify(first);
  const same = nodes.every((v) => v === first);
  if (typeof first === 'string') {
    if (same) return JSON.stringify(first);
    const j = store.h[0].length;
    nodes.forEach((v, i) => {
      store.h[i].push(v.slice(0, v.length >> 1));
      store.t[i].push(v.slice(v.length >> 1));
    });
    return `(h[${j}]+t[${j}])`;
  }
  if (typeof first === 'number') {
    if (same) return JSON.stringify(first);
    const j = store.n[0].length;
    nodes.forEach((v, i) => {
      store.n[i].push(v);
    });
    return `n[${j}]`;
  }
  const text = JSON.stringify(first);
  if (!top && nodes.every((v) => JSON.stringify(v) === text)) {
    store.shared.push(frozenCopy(first));
    return `c[${store.shared.length - 1}]`;
  }
  if (Array.isArray(first))
    return `[${first
      .map((_, k) =>
        literalCode(
          nodes.map((v) => v[k]),
          store,
        ),
      )
      .join(',')}]`;
  return `{${Object.keys(first)
    .map((k) => {
      const code =
        top && LISTS.has(k)
          ? k
          : literalCode(
              nodes.map((v) => v[k]),
              store,
            );
      return `${JSON.stringify(k)}:${code}`;
    })
    .join(',')}}`;
}

// One function per shape, over every piece of that shape: (h, t, n, c[, targets, shortfalls]) => the literal.
function writersOf(pieces, head) {
  const byShape = new Map();
  for (const piece of pieces) {
    const key = `${piece.group}|${shapeOf(piece.value)}`;
    const list = byShape.get(key) ?? byShape.set(key, []).get(key);
    list.push(piece);
  }
  for (const list of byShape.values()) {
    const store = { h: list.map(() => []), t: list.map(() => []), n: list.map(() => []), shared: [] };
    const code = literalCode(
      list.map((p) => p.value),
      store,
      true,
    );
    // The bench compiles its own report shapes here; the library never runs code it did not ship.
    const write = new Function('h', 't', 'n', 'c', ...(head ? [...LISTS] : []), `return ${code}`);
    const c = store.shared;
    list.forEach((piece, i) => {
      const [h, t, n] = [store.h[i], store.t[i], store.n[i]];
      piece.write = head ? (targets, shortfalls) => write(h, t, n, c, targets, shortfalls) : () => write(h, t, n, c);
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
