/**
 * Splits one line of a GDELT export: tab-separated (GDELT's own raw files) or comma-separated with
 * every value double-quoted (database exports), where an unquoted NULL is an empty value.
 * Returns the problem as a string when the quoting is broken.
 */
export function splitDelimited(line: string, separator: ',' | '\t'): string[] | string {
  if (separator === '\t') return line.split('\t').map((f) => (f === 'NULL' ? '' : f));
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const close = line.indexOf('"', i);
        if (close < 0) return `unterminated quote in field ${fields.length + 1}`;
        value += line.slice(i, close);
        if (line[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      if (i < line.length && line[i] !== ',') return `unexpected text after the quoted field ${fields.length + 1}`;
      fields.push(value);
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      const raw = line.slice(i, end);
      fields.push(raw === 'NULL' ? '' : raw);
      i = end;
    }
    i++;
  }
  return fields;
}

/** GDELT's raw files are tab-separated; anything else is read as a quoted CSV export. */
export function detectSeparator(firstLine: string): ',' | '\t' {
  return firstLine.includes('\t') ? '\t' : ',';
}
