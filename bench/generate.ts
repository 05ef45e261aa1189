import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Realistic French open-data CSV, shaped like DVF (« demandes de valeurs foncières ») extracts: `;`-separated,
 * Windows-1252, decimal commas, INSEE codes and postcodes with leading zeros, dd/mm/yyyy dates, accents, a
 * typographic apostrophe (byte 0x92, which only Windows-1252 reads as ’), a few empty cells and, rarely, a
 * quoted address holding the delimiter — so the parser's quoted path is exercised too.
 */

export const HEADER = [
  'id_mutation',
  'date_mutation',
  'nature_mutation',
  'valeur_fonciere',
  'adresse',
  'code_postal',
  'code_commune',
  'nom_commune',
  'type_local',
  'surface_reelle_bati',
  'nombre_pieces_principales',
  'latitude',
  'longitude',
];

const COMMUNES: readonly [string, string, string][] = [
  ['01053', '01000', 'Bourg-en-Bresse'],
  ['2A004', '20000', 'Ajaccio'],
  ['06088', '06000', 'Nice'],
  ['13055', '13001', 'Marseille'],
  ['25056', '25000', 'Besançon'],
  ['42218', '42000', 'Saint-Étienne'],
  ['45234', '45000', 'Orléans'],
  ['69123', '69001', 'Lyon'],
  ['75056', '75011', 'Paris'],
  ['07186', '07000', 'Privas'],
  ['09122', '09000', 'Foix'],
  ['97411', '97400', 'Saint-Denis'],
];
const NATURES = ['Vente', 'Vente', 'Vente', 'Vente', 'Échange', 'Adjudication', 'Vente en l’état futur d’achèvement'];
const LOCAUX = ['Maison', 'Appartement', 'Appartement', 'Dépendance', 'Local industriel. commercial ou assimilé', ''];
const VOIES = ['rue de l’Église', 'avenue Jean-Jaurès', 'place du Marché', 'chemin des Écoliers', 'boulevard Gambetta'];

/** A small deterministic PRNG (mulberry32): the same file every time, so runs compare. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function decimalComma(n: number, digits: number): string {
  return n.toFixed(digits).replace('.', ',');
}

export function makeRow(r: () => number, index: number): string {
  const [insee, postcode, commune] = pick(r, COMMUNES);
  const year = 2019 + Math.floor(r() * 6);
  const date = `${pad2(1 + Math.floor(r() * 28))}/${pad2(1 + Math.floor(r() * 12))}/${year}`;
  const local = pick(r, LOCAUX);
  const street = `${1 + Math.floor(r() * 120)} ${pick(r, VOIES)}`;
  const address = r() < 0.0005 ? `"${street}; bât. ""B"""` : street;
  const value = r() < 0.02 ? '' : decimalComma(Math.exp(9 + r() * 5), 2);
  const surface = local === '' || local === 'Dépendance' ? '' : String(15 + Math.floor(r() * 200));
  const rooms = local === 'Maison' || local === 'Appartement' ? String(1 + Math.floor(r() * 8)) : '0';
  const lat = decimalComma(41.5 + r() * 9.5, 6);
  const lon = decimalComma(-4.5 + r() * 12.5, 6);
  const id = `${year}-${String(index).padStart(8, '0')}`;
  return [id, date, pick(r, NATURES), value, address, postcode, insee, commune, local, surface, rooms, lat, lon].join(
    ';',
  );
}

/** Windows-1252 bytes for text made of Latin-1 letters and ’ (U+2019 → 0x92). */
export function encodeWindows1252(text: string): Buffer {
  return Buffer.from(text.replaceAll('’', '\u0092'), 'latin1');
}

/**
 * Writes a file of at least `targetBytes` (then stops at the end of the row) unless one of about that size is
 * already there: the 1 GiB file takes a while and never changes.
 */
export async function ensureCsv(path: string, targetBytes: number): Promise<{ path: string; bytes: number }> {
  if (existsSync(path)) {
    const size = statSync(path).size;
    if (size >= targetBytes && size < targetBytes + 64 * 1024) return { path, bytes: size };
  }
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const r = prng(20261126);
  let written = 0;
  let index = 0;
  const header = encodeWindows1252(`${HEADER.join(';')}\r\n`);
  out.write(header);
  written += header.length;
  while (written < targetBytes) {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) lines.push(makeRow(r, index++));
    const block = encodeWindows1252(`${lines.join('\r\n')}\r\n`);
    const keep = written + block.length > targetBytes ? cutAfterLine(block, targetBytes - written) : block;
    written += keep.length;
    if (!out.write(keep)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(partial, path);
  return { path, bytes: written };
}

/** The shortest prefix of `block` that holds `atLeast` bytes and ends with a line break. */
function cutAfterLine(block: Buffer, atLeast: number): Buffer {
  const end = block.indexOf(0x0a, Math.max(0, atLeast - 1));
  return end < 0 ? block : block.subarray(0, end + 1);
}
