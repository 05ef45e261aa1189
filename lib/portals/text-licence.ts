import type { PublishedLicence } from '../model/dataset';
import { anchorsOf, htmlToLine, looksLikeHtml, urlInText } from './html-fragments';

/**
 * A licence published as free text or an HTML fragment (ArcGIS `licenseInfo`, a Hub DCAT-US `license`):
 * the link it carries becomes the URL, the words around it the title. Nothing is resolved here; the licence
 * resolver reads these published values.
 */
export function licenceFromText(raw: string | null | undefined): PublishedLicence | null {
  if (!raw?.trim()) return null;
  const text = looksLikeHtml(raw) ? htmlToLine(raw) : raw.replace(/\s+/g, ' ').trim();
  const link = looksLikeHtml(raw) ? anchorsOf(raw).find((l) => /^https?:\/\//i.test(l.href)) : undefined;
  const url = link?.href ?? urlInText(text);
  if (!text && !url) return null;
  let title: string | null;
  if (link?.text && !/^https?:\/\//i.test(link.text)) {
    title = link.text;
  } else {
    // The link text is the URL itself (or there is no link): the title is whatever surrounds it.
    const shown = link?.text || url;
    title = (shown ? text.split(shown).join(' ') : text)
      .replace(/\s+/g, ' ')
      .replace(/[\s:,;–-]+$/, '')
      .trim();
  }
  return { id: null, title: title || null, url: url ?? null };
}

const CC_CODES: Record<string, string> = {
  by: 'BY',
  'by-sa': 'BY-SA',
  'by-nd': 'BY-ND',
  'by-nc': 'BY-NC',
  'by-nc-sa': 'BY-NC-SA',
  'by-nc-nd': 'BY-NC-ND',
};

const NAME_CODES: Record<string, string> = {
  '': 'BY',
  '-sharealike': 'BY-SA',
  '-noderivatives': 'BY-ND',
  '-noderivs': 'BY-ND',
  '-noncommercial': 'BY-NC',
  '-noncommercial-sharealike': 'BY-NC-SA',
  '-noncommercial-noderivatives': 'BY-NC-ND',
  '-noncommercial-noderivs': 'BY-NC-ND',
};

/**
 * The licences ArcGIS Hub recognises in `licenseInfo` (`Esri/hub.js` `STANDARD_LICENSES`: the Creative Commons
 * family, CC0, PDDL, ODbL, ODC-BY), as SPDX ids. Unlike Hub, a bare "CC BY" without a version is left
 * unrecognised: assuming a version is the resolver's call, and it says when it does.
 */
export function standardLicenceId(...texts: ReadonlyArray<string | null | undefined>): string | null {
  const all = texts.filter(Boolean).join(' ').toLowerCase();
  if (!all) return null;
  const ccUrl = /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d\.\d)/.exec(all);
  if (ccUrl?.[1] && ccUrl[2]) return `CC-${CC_CODES[ccUrl[1]]}-${ccUrl[2]}`;
  if (/creativecommons\.org\/publicdomain\/zero\/1\.0/.test(all)) return 'CC0-1.0';
  const odc = /opendatacommons\.org\/licenses\/(odbl|pddl|by)\b/.exec(all)?.[1];
  if (odc) return { odbl: 'ODbL-1.0', pddl: 'PDDL-1.0', by: 'ODC-BY-1.0' }[odc] ?? null;
  const ccAbbr = /\bcc[ -]by((?:-nc)?(?:-sa|-nd)?)[ -]?(\d\.\d)\b/.exec(all);
  if (ccAbbr?.[2]) return `CC-${CC_CODES[`by${ccAbbr[1]}`]}-${ccAbbr[2]}`;
  const ccName =
    /\battribution((?:-noncommercial)?(?:-sharealike|-noderivatives|-noderivs)?) (\d\.\d) (?:international|unported|generic)\b/.exec(
      all,
    );
  if (ccName?.[2]) return `CC-${NAME_CODES[ccName[1] ?? '']}-${ccName[2]}`;
  if (/\bcc0\b|\bcc zero\b/.test(all)) return 'CC0-1.0';
  if (/\bpddl\b|public domain dedication and licen[cs]e/.test(all)) return 'PDDL-1.0';
  if (/\bodbl\b|open database licen[cs]e/.test(all)) return 'ODbL-1.0';
  if (/\bodc[- ]by\b|odc attribution licen[cs]e|open data commons attribution/.test(all)) return 'ODC-BY-1.0';
  return null;
}
