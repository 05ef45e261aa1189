import type { AttributionStyle } from '../licences/schema';

/**
 * Notice templates live in the locale files (`attribution.template.<style>`), in a small language a translator
 * can read: `{slot}` is a value, and `[…]` is a group kept only when every slot inside it has a value. That is
 * how an optional element (the date for CC BY, the producer for ODbL) disappears with its punctuation instead
 * of leaving « mise à jour du  ». Required elements are never dropped: the notice builder fills a missing one
 * with a visible gap marker, so the group stays.
 */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; name: string }
  | { kind: 'group'; parts: TemplatePart[] };

export function parseTemplate(template: string): TemplatePart[] {
  const root: TemplatePart[] = [];
  let current = root;
  const pattern = /\{(\w+)\}|\[|\]|[^{[\]]+|\{/g;
  for (const match of template.matchAll(pattern)) {
    const token = match[0];
    if (match[1]) current.push({ kind: 'slot', name: match[1] });
    else if (token === '[' && current === root) {
      const group: TemplatePart = { kind: 'group', parts: [] };
      root.push(group);
      current = group.parts;
    } else if (token === ']' && current !== root) current = root;
    else current.push({ kind: 'text', text: token });
  }
  return root;
}

/** The data parts of a notice; formats decide how each kind looks (a link, escaped text, a `rel="license"`). */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; text: string }
  | { kind: 'link'; href: string | null; text: string }
  | { kind: 'licence'; href: string | null; text: string }
  | { kind: 'gap'; text: string };

export type Slots = Record<string, Segment[] | undefined>;

function slotsOf(parts: TemplatePart[]): string[] {
  return parts.flatMap((p) => (p.kind === 'slot' ? [p.name] : p.kind === 'group' ? slotsOf(p.parts) : []));
}

/** Slots outside any group: the sentence has no meaning without them, so a missing one shows as a gap. */
export function topLevelSlots(parts: TemplatePart[]): string[] {
  return parts.flatMap((p) => (p.kind === 'slot' ? [p.name] : []));
}

export function fillTemplate(parts: TemplatePart[], slots: Slots): Segment[] {
  return parts.flatMap((part): Segment[] => {
    if (part.kind === 'text') return [{ kind: 'text', text: part.text }];
    if (part.kind === 'slot') return slots[part.name] ?? [];
    return slotsOf(part.parts).every((name) => slots[name] !== undefined) ? fillTemplate(part.parts, slots) : [];
  });
}

/** Which template key each style uses, and which statement a licence prescribes when the provider gives none. */
export const TEMPLATE_KEY: Record<AttributionStyle, string> = {
  etalab: 'attribution.template.etalab',
  crpa: 'attribution.template.crpa',
  odbl: 'attribution.template.odbl',
  'odc-by': 'attribution.template.odc-by',
  cc: 'attribution.template.cc',
  'ogl-uk': 'attribution.template.ogl-uk',
  'ogl-canada': 'attribution.template.ogl-canada',
  'dl-de': 'attribution.template.dl-de',
  nlod: 'attribution.template.nlod',
  iodl: 'attribution.template.iodl',
  'public-domain': 'attribution.template.public-domain',
  generic: 'attribution.template.generic',
};

/** OGL UK and Canada and NLOD prescribe a sentence, replaced by the provider's own when it gives one. */
export const STATEMENT_KEY: Partial<Record<AttributionStyle, string>> = {
  'ogl-uk': 'attribution.statement.ogl-uk',
  'ogl-canada': 'attribution.statement.ogl-canada',
  nlod: 'attribution.statement.nlod',
};
