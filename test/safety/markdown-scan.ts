/**
 * A small reader of the Markdown the reports write, enough to tell what a CommonMark/GFM renderer would
 * make of it: backslash escapes, code spans (a fence closes only on a run of the same length, and
 * nothing inside is markup), autolinks, raw HTML tags, link brackets, bare `@` (GFM links e-mail
 * addresses) and, for table rows, the cell separators (a pipe not preceded by a backslash, code spans
 * included).
 */
export interface MarkdownScan {
  /** Raw HTML tag names outside code spans (`br`, `svg`, …; `!` for `<!…` and `<?…`). */
  readonly tags: string[];
  /** Autolink targets (`<scheme:…>`) outside code spans. */
  readonly autolinks: string[];
  /** Problems: an unescaped `[` (a link could start) or `@` (GFM e-mail autolink), a carriage return. */
  readonly problems: string[];
}

const PUNCT = /[!-/:-@[-`{-~]/;
const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}):[^\s<>\p{Cc}]*>/u;
const TAG = /^<(\/?[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])|^<[!?]/;

export function scanMarkdown(md: string): MarkdownScan {
  const tags: string[] = [];
  const autolinks: string[] = [];
  const problems: string[] = [];
  if (md.includes('\r')) problems.push('carriage return (a line ending to CommonMark)');
  let block = false;
  for (const line of md.split('\n')) {
    // The charts' `<div>` HTML blocks are passed through as HTML, not read as Markdown: only their tags count.
    if (line === '<div>') block = true;
    if (block) {
      for (const m of line.matchAll(/<(\/?[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])|<[!?]/g))
        tags.push((m[1] ?? '!').replace(/^\//, '').toLowerCase());
      if (line === '</div>') block = false;
      continue;
    }
    let i = 0;
    while (i < line.length) {
      const c = line[i] as string;
      if (c === '\\' && i + 1 < line.length && PUNCT.test(line[i + 1] as string)) {
        i += 2;
        continue;
      }
      if (c === '`') {
        let n = 0;
        while (line[i + n] === '`') n++;
        let j = i + n;
        let close = -1;
        while (j < line.length) {
          if (line[j] !== '`') {
            j++;
            continue;
          }
          let m = 0;
          while (line[j + m] === '`') m++;
          if (m === n) {
            close = j;
            break;
          }
          j += m;
        }
        i = close === -1 ? i + n : close + n;
        continue;
      }
      if (c === '<') {
        const rest = line.slice(i);
        const link = AUTOLINK.exec(rest);
        if (link) {
          autolinks.push(link[0].slice(1, -1));
          i += link[0].length;
          continue;
        }
        const tag = TAG.exec(rest);
        if (tag) tags.push((tag[1] ?? '!').replace(/^\//, '').toLowerCase());
      }
      if (c === '[') problems.push(`unescaped [ in ${JSON.stringify(line.slice(0, 200))}`);
      if (c === '@') problems.push(`unescaped @ in ${JSON.stringify(line.slice(0, 200))}`);
      i++;
    }
  }
  return { tags, autolinks, problems };
}

/** Cell separators of a table row as GFM splits it: every pipe not right after a backslash. */
export function tableSeparators(row: string): number {
  let n = 0;
  for (let i = 0; i < row.length; i++) if (row[i] === '|' && row[i - 1] !== '\\') n++;
  return n;
}

/**
 * Problems with the tables of a Markdown text: every row of a table (the lines after a `| --- |`
 * delimiter row, up to the first line that does not start with `|`) must split into exactly as many
 * cells as its header.
 */
export function tableProblems(md: string): string[] {
  const lines = md.split('\n');
  const problems: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const delimiter = lines[i] as string;
    if (!/^\| ---( \| ---)* \|$/.test(delimiter)) continue;
    const width = tableSeparators(delimiter);
    if (tableSeparators(lines[i - 1] as string) !== width) problems.push(`header: ${lines[i - 1]}`);
    for (let j = i + 1; j < lines.length && (lines[j] as string).startsWith('|'); j++) {
      if (tableSeparators(lines[j] as string) !== width) problems.push(`row: ${lines[j]}`);
    }
    // A table ends at a blank line or the next block; anything else would be read as one more row.
    const after = lines.slice(i + 1).find((l) => !l.startsWith('|'));
    if (after !== undefined && after !== '') problems.push(`table runs on into: ${after.slice(0, 200)}`);
  }
  return problems;
}

/** Lines inside the `<div>` HTML blocks that hold the charts: a blank one would end the block early. */
export function htmlBlockProblems(md: string): string[] {
  const problems: string[] = [];
  let inside = false;
  for (const line of md.split('\n')) {
    if (line === '<div>') inside = true;
    else if (line === '</div>') inside = false;
    else if (inside && line.trim() === '') problems.push('blank line inside an HTML block');
  }
  return problems;
}
