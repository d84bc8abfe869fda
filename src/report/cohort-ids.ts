/**
 * A streamed cohort's region ids in a few typed arrays instead of a `Map` of JS strings, which cost
 * about 80 bytes a short id (a string and a map entry, a million objects for the collector to trace):
 * here an id costs its UTF-8-like bytes plus 16–24 bytes of index (its end, its hash, a table slot at
 * most half full), about 24 MB a million short ids, in four arrays outside the JS heap.
 *
 * Exact, not probabilistic: a hash only picks where to look, and an id matches only when every code
 * unit matches. Each UTF-16 code unit is written on its own in 1–3 bytes (CESU-8 style, so a lone
 * surrogate stays itself instead of turning into U+FFFD as a text encoder would): the bytes decode back
 * to exactly the string that was added.
 */

/** Adds, finds and reads back region ids; a place is the id's arrival order (0, 1, 2 …). */
export interface RegionIdSet {
  /** How many distinct ids were added. */
  readonly size: () => number;
  /** Adds `id` and returns its new place, or -1 when it is already in the set (the set is unchanged). */
  readonly add: (id: string) => number;
  /** The place of `id`, or -1 when it was never added. */
  readonly placeOf: (id: string) => number;
  /** The id added at `place`, as the same string. */
  readonly idAt: (place: number) => string;
}

/**
 * FNV-1a over an id's UTF-16 code units: cheap, no allocation, spreads short numeric ids well.
 * @example idHash('r1') !== idHash('r2') // true
 */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * An empty set. `hash` is for tests, which force collisions to exercise the probing; every other
 * caller keeps the default.
 * @example const ids = regionIdSet(); ids.add('r1') // 0; ids.add('r1') // -1; ids.placeOf('r1') // 0
 */
export function regionIdSet(hash: (id: string) => number = idHash): RegionIdSet {
  let bytes = new Uint8Array(1 << 16);
  let used = 0;
  // Per place: where its bytes end in `bytes` (they start where the previous place's end) and its hash.
  let ends = new Uint32Array(1024);
  let hashes = new Uint32Array(1024);
  let count = 0;
  // Open addressing with linear probing: a slot holds place + 1, 0 when empty; at most half full.
  let slots = new Int32Array(2048);

  const startOf = (place: number): number => (place === 0 ? 0 : (ends[place - 1] as number));

  /** Whether the bytes at `place` are exactly `id`'s, compared code unit by code unit without copying. */
  const matches = (place: number, id: string): boolean => {
    let at = startOf(place);
    const end = ends[place] as number;
    for (let i = 0; i < id.length; i += 1) {
      const unit = id.charCodeAt(i);
      if (unit < 0x80) {
        if (at + 1 > end || bytes[at] !== unit) return false;
        at += 1;
      } else if (unit < 0x800) {
        if (at + 2 > end || bytes[at] !== (0xc0 | (unit >> 6)) || bytes[at + 1] !== (0x80 | (unit & 0x3f)))
          return false;
        at += 2;
      } else {
        if (
          at + 3 > end ||
          bytes[at] !== (0xe0 | (unit >> 12)) ||
          bytes[at + 1] !== (0x80 | ((unit >> 6) & 0x3f)) ||
          bytes[at + 2] !== (0x80 | (unit & 0x3f))
        )
          return false;
        at += 3;
      }
    }
    return at === end;
  };

  /** The slot holding `id`, or the empty slot where it would go. */
  const slotOf = (id: string, h: number): number => {
    const mask = slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const held = slots[s] as number;
      if (held === 0) return s;
      const place = held - 1;
      if (hashes[place] === h && matches(place, id)) return s;
    }
  };

  const growSlots = (): void => {
    slots = new Int32Array(slots.length * 2);
    const mask = slots.length - 1;
    for (let place = 0; place < count; place += 1) {
      let s = (hashes[place] as number) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = place + 1;
    }
  };

  const grown = <T extends Uint8Array | Uint32Array>(from: T, atLeast: number, make: (n: number) => T): T => {
    let length = from.length;
    while (length < atLeast) length *= 2;
    if (length === from.length) return from;
    const to = make(length);
    to.set(from);
    return to;
  };

  const write = (id: string): void => {
    bytes = grown(bytes, used + 3 * id.length, (n) => new Uint8Array(n));
    for (let i = 0; i < id.length; i += 1) {
      const unit = id.charCodeAt(i);
      if (unit < 0x80) bytes[used++] = unit;
      else if (unit < 0x800) {
        bytes[used++] = 0xc0 | (unit >> 6);
        bytes[used++] = 0x80 | (unit & 0x3f);
      } else {
        bytes[used++] = 0xe0 | (unit >> 12);
        bytes[used++] = 0x80 | ((unit >> 6) & 0x3f);
        bytes[used++] = 0x80 | (unit & 0x3f);
      }
    }
  };

  const add = (id: string): number => {
    const h = hash(id) >>> 0;
    const s = slotOf(id, h);
    if (slots[s] !== 0) return -1;
    write(id);
    ends = grown(ends, count + 1, (n) => new Uint32Array(n));
    hashes = grown(hashes, count + 1, (n) => new Uint32Array(n));
    ends[count] = used;
    hashes[count] = h;
    slots[s] = count + 1;
    count += 1;
    if (count * 2 > slots.length) growSlots();
    return count - 1;
  };

  const placeOf = (id: string): number => (slots[slotOf(id, hash(id) >>> 0)] as number) - 1;

  const idAt = (place: number): string => {
    if (!Number.isInteger(place) || place < 0 || place >= count) throw new RangeError(String(place));
    let id = '';
    // Decoded in chunks: String.fromCharCode takes its units as arguments, and an id may be long.
    const units = new Uint16Array(4096);
    let n = 0;
    const end = ends[place] as number;
    for (let at = startOf(place); at < end; ) {
      const first = bytes[at] as number;
      if (first < 0x80) {
        units[n] = first;
        at += 1;
      } else if (first < 0xe0) {
        units[n] = ((first & 0x1f) << 6) | ((bytes[at + 1] as number) & 0x3f);
        at += 2;
      } else {
        units[n] =
          ((first & 0x0f) << 12) | (((bytes[at + 1] as number) & 0x3f) << 6) | ((bytes[at + 2] as number) & 0x3f);
        at += 3;
      }
      n += 1;
      if (n === units.length) {
        id += String.fromCharCode(...units);
        n = 0;
      }
    }
    return id + String.fromCharCode(...units.subarray(0, n));
  };

  return { size: () => count, add, placeOf, idAt };
}
