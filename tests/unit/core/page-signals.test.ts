import { describe, expect, it } from 'vitest';
import { extractPageSignals } from '../../../lib/detect/page-signals';

describe('extractPageSignals', () => {
  it('reads meta tags, alternate links made absolute, JSON-LD blocks and body data attributes', () => {
    const html = `<!doctype html><html><head>
      <meta name="generator" content="ckan 2.10.4">
      <meta property="og:site_name" content="Data.gov">
      <meta name="api-root" content='/api/1/'>
      <link rel="alternate" type="application/ld+json" href="/api/1/datasets/abc/rdf.jsonld">
      <script type="application/ld+json">{"@type": "Dataset", "name": "Écoles &amp; collèges"}</script>
      <script type="application/ld+json">{ broken</script>
      <script>var x = 1;</script>
      </head><body class="x" data-site-root="https://example.org/data/" data-locale-root="https://example.org/data/fr/">`;
    const s = extractPageSignals('https://example.org/data/dataset/ecoles', html);
    expect(s.meta).toEqual({ generator: 'ckan 2.10.4', 'og:site_name': 'Data.gov', 'api-root': '/api/1/' });
    expect(s.links).toEqual([
      { rel: 'alternate', type: 'application/ld+json', href: 'https://example.org/api/1/datasets/abc/rdf.jsonld' },
    ]);
    // Entities inside script blocks are the page's literal text: JSON-LD is not HTML-decoded.
    expect(s.jsonld).toEqual([{ '@type': 'Dataset', name: 'Écoles &amp; collèges' }]);
    expect(s.bodyData).toEqual({
      'data-site-root': 'https://example.org/data/',
      'data-locale-root': 'https://example.org/data/fr/',
    });
  });

  it('decodes entities in attributes and survives hostile markup', () => {
    const s = extractPageSignals(
      'https://example.org/',
      '<meta name="description" content="a &quot;b&quot; &#233;&#x20AC; &bogus;"><link href="javascript:x" rel=x><link rel="a">',
    );
    expect(s.meta.description).toBe('a "b" é€ &bogus;');
    expect(s.links).toHaveLength(1);
  });

  it('gives empty signals for an empty page', () => {
    expect(extractPageSignals('https://example.org/x')).toEqual({
      url: 'https://example.org/x',
      meta: {},
      links: [],
      jsonld: [],
      bodyData: {},
    });
  });
});
