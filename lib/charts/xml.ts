/**
 * Text and attribute values for SVG and HTML: column names, cell values and portal metadata are untrusted, and
 * an XML parser refuses control characters, lone surrogates and U+FFFE/U+FFFF outright.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing what XML 1.0 forbids is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values, for XML (SVG) and HTML alike. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
