import { parseArgs } from 'node:util';
import { type Lang, t } from '../../lib/i18n';
import { lookupLicence, officialText } from '../../lib/licences/catalogue';
import { assumedFamily, licenceName } from '../../lib/licences/display-name';
import { looksLikeUrl } from '../../lib/licences/normalise';
import { type PublishedFields, resolveLicence } from '../../lib/licences/resolve';
import type { Clause } from '../../lib/licences/schema';
import { type CliIo, EXIT_OK, langFrom, printJson, usageError } from '../io';
import type { Command } from './command';

const clauses = (list: readonly Clause[], lang: Lang) => list.map((c) => ({ text: c.text[lang], source: c.source }));

/**
 * A bare word (`lov2`, `ODbL`) is read as an id, anything with spaces as a title, a URL as a URL. With two
 * URLs, the positional one goes in the title field, which the resolver also reads as a URL.
 */
function fieldsFor(text: string, url: string | undefined): PublishedFields {
  if (looksLikeUrl(text)) return url ? { title: text, url } : { url: text };
  return /\s/.test(text.trim()) ? { title: text, url } : { id: text, url };
}

export const licence: Command = {
  name: 'licence',
  usage: 'licence <id|title|url> [--url <url>] [--lang fr|en]',
  summary: 'What a licence allows and requires (JSON), from the id, title or URL a portal publishes.',
  async run(args: string[], io: CliIo) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { url: { type: 'string' }, lang: { type: 'string' } },
    });
    const text = positionals[0];
    if (text === undefined || positionals.length > 1) {
      return usageError(io, 'licence takes exactly one id, title or URL (quote titles with spaces)');
    }
    const lang = langFrom(values.lang, io.env);
    const isUrl = looksLikeUrl(text);
    const published = { title: isUrl && !values.url ? null : text, url: values.url ?? (isUrl ? text : null) };
    const resolution = resolveLicence(fieldsFor(text, values.url));
    const entry = resolution.key ? lookupLicence(resolution.key) : undefined;
    // No version the producer did not give: the name and `version` say none, `termsOfVersion` says whose terms
    // the clauses below are.
    const versionless = assumedFamily(entry, resolution.versionAssumed) !== null;
    printJson(io, {
      id: entry?.key ?? null,
      name: entry ? licenceName(entry, resolution.versionAssumed, lang) : null,
      spdx: entry?.spdx ?? null,
      version: versionless ? null : (entry?.version ?? null),
      ...(versionless && entry
        ? {
            termsOfVersion: entry.version,
            versionCaveat: t(lang, 'licences.card.versionAssumed', { version: entry.version ?? '' }),
          }
        : {}),
      open: entry?.open ?? null,
      frenchAdministrations: entry?.frenchAdministrations ?? null,
      versionAssumed: resolution.versionAssumed,
      matchedBy: resolution.matchedBy,
      ...(resolution.conflicting ? { conflicting: resolution.conflicting } : {}),
      ...(resolution.reason ? { reason: t(lang, resolution.reason) } : {}),
      officialText: entry ? officialText(entry, lang) : null,
      permissions: entry ? clauses(entry.permissions, lang) : [],
      conditions: entry ? clauses(entry.conditions, lang) : [],
      prohibitions: entry ? clauses(entry.prohibitions, lang) : [],
      attribution: entry
        ? {
            style: entry.attribution.style,
            elements: entry.attribution.elements,
            summary: entry.attribution.summary[lang],
            source: entry.attribution.source,
          }
        : null,
      shareAlike: entry?.shareAlike ? { scope: entry.shareAlike.scope[lang], source: entry.shareAlike.source } : null,
      compatibility: entry
        ? entry.compatibility.map((c) => ({ with: c.with, statement: c.statement[lang], source: c.source }))
        : [],
      published,
    });
    return EXIT_OK;
  },
};
