// Escaping for every XML writer (Moodle XML, QTI 2.1, QTI 3.0, manifests).

/** Text content and attribute values alike: all five predefined entities, so one function fits both. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // A literal CR or tab in an attribute would be normalised to a space by every parser.
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}

// XML 1.0 has no way to write these at all, not even as character references.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text can be carried by XML 1.0 unchanged. */
export function fitsXml(text: string): boolean {
  return !FORBIDDEN_IN_XML.test(text);
}
