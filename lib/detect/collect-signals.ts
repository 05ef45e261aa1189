/**
 * The part of a live page that detectors read, as markup: `<head>`, every JSON-LD block and the `<body>` start tag.
 * Self-contained on purpose (no imports, no closure): the popup also injects it with `scripting.executeScript`,
 * which serializes the function's source.
 */
export function collectSignalsHtml(): string {
  const doc = document;
  const parts: string[] = [doc.head ? doc.head.outerHTML : ''];
  for (const script of Array.from(doc.querySelectorAll('body script[type="application/ld+json"]'))) {
    parts.push(script.outerHTML);
  }
  if (doc.body) {
    const attrs = Array.from(doc.body.attributes)
      .filter((a) => a.name.startsWith('data-'))
      .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
      .join('');
    parts.push(`<body${attrs}>`);
  }
  return parts.join('\n');
}
