/** Characters XML 1.0 forbids even when escaped (C0 controls other than tab, LF, CR, lone surrogates, U+FFFE/F). */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NEEDS_WORK = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for use in XML content or a double-quoted attribute. Newlines and tabs in attributes
 * are written as character references so that attribute-value normalisation does not turn them into spaces.
 */
export function xmlEscape(text: string): string {
  // Most values (ids, dates, plain names) need nothing; skip the replacements for them.
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
