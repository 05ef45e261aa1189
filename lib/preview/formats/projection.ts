/**
 * Projected shapefile coordinates back to longitude/latitude, for the map only. French data is mostly in Lambert 93
 * (EPSG:2154) or the CC conic zones, all Lambert Conformal Conic, and web data sometimes in Web Mercator: these two
 * inverses are read from the `.prj` (ESRI or OGC WKT). Anything else gets no map rather than a wrong one.
 */
export type ToLonLat = (x: number, y: number) => [number, number];

const RAD = Math.PI / 180;

/** A WKT parameter by name, case and underscore insensitive. */
function parameter(wkt: string, name: string): number | null {
  const re = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i');
  const m = re.exec(wkt);
  return m ? Number(m[1]) : null;
}

/** The ellipsoid's semi-major axis and eccentricity; GRS80 when the WKT names none. */
function spheroid(wkt: string): { a: number; e: number } {
  const m = /SPHEROID\s*\[\s*"[^"]*"\s*,\s*([\d.eE+-]+)\s*,\s*([\d.eE+-]+)/i.exec(wkt);
  const a = m ? Number(m[1]) : 6_378_137;
  const invF = m ? Number(m[2]) : 298.257222101;
  const f = invF === 0 ? 0 : 1 / invF;
  return { a, e: Math.sqrt(2 * f - f * f) };
}

/** Metres per unit of the projected coordinates (and of the false easting and northing): the PROJCS's own UNIT, the last one. */
function linearUnit(wkt: string): number {
  const units = [...wkt.matchAll(/UNIT\s*\[\s*"[^"]*"\s*,\s*([\d.eE+-]+)/gi)];
  const last = units.at(-1);
  const factor = last ? Number(last[1]) : 1;
  return Number.isFinite(factor) && factor > 0 ? factor : 1;
}

function lambertConformalConic(wkt: string): ToLonLat | null {
  const { a, e } = spheroid(wkt);
  const lat0 = parameter(wkt, 'latitude_of_origin');
  const lon0 = parameter(wkt, 'central_meridian') ?? 0;
  if (lat0 === null) return null;
  const sp1 = parameter(wkt, 'standard_parallel_1') ?? lat0;
  const sp2 = parameter(wkt, 'standard_parallel_2') ?? sp1;
  const k0 = parameter(wkt, 'scale_factor') ?? 1;
  const x0 = parameter(wkt, 'false_easting') ?? 0;
  const y0 = parameter(wkt, 'false_northing') ?? 0;
  const unit = linearUnit(wkt);
  const m = (phi: number) => Math.cos(phi) / Math.sqrt(1 - e * e * Math.sin(phi) ** 2);
  const t = (phi: number) =>
    Math.tan(Math.PI / 4 - phi / 2) / ((1 - e * Math.sin(phi)) / (1 + e * Math.sin(phi))) ** (e / 2);
  const [p0, p1, p2] = [lat0 * RAD, sp1 * RAD, sp2 * RAD];
  const n = Math.abs(p1 - p2) < 1e-10 ? Math.sin(p1) : Math.log(m(p1) / m(p2)) / Math.log(t(p1) / t(p2));
  if (!Number.isFinite(n) || n === 0) return null;
  const F = m(p1) / (n * t(p1) ** n);
  const rho0 = a * k0 * F * t(p0) ** n;
  return (x, y) => {
    const dx = (x - x0) * unit;
    const dy = rho0 - (y - y0) * unit;
    const rho = Math.sign(n) * Math.hypot(dx, dy);
    const tt = (rho / (a * k0 * F)) ** (1 / n);
    const theta = Math.atan2(Math.sign(n) * dx, Math.sign(n) * dy);
    let phi = Math.PI / 2 - 2 * Math.atan(tt);
    for (let i = 0; i < 8; i++) {
      const s = e * Math.sin(phi);
      phi = Math.PI / 2 - 2 * Math.atan(tt * ((1 - s) / (1 + s)) ** (e / 2));
    }
    return [theta / n / RAD + lon0, phi / RAD];
  };
}

function webMercator(wkt: string): ToLonLat {
  const { a } = spheroid(wkt);
  const x0 = parameter(wkt, 'false_easting') ?? 0;
  const y0 = parameter(wkt, 'false_northing') ?? 0;
  const lon0 = parameter(wkt, 'central_meridian') ?? 0;
  const unit = linearUnit(wkt);
  return (x, y) => [
    ((x - x0) * unit) / a / RAD + lon0,
    (2 * Math.atan(Math.exp(((y - y0) * unit) / a)) - Math.PI / 2) / RAD,
  ];
}

/** How to bring a `.prj`'s coordinates back to degrees, or null when the projection is not one of those read. */
export function inverseFromPrj(prj: string | null): ToLonLat | null {
  if (!prj || !/^\s*PROJCS\s*\[/i.test(prj)) return null;
  const projection = /PROJECTION\s*\[\s*"([^"]+)"/i.exec(prj)?.[1]?.toLowerCase() ?? '';
  if (projection.startsWith('lambert_conformal_conic')) return lambertConformalConic(prj);
  const epsg = /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(prj)?.[1];
  if (/pseudo.?mercator|mercator_auxiliary_sphere|popular_visualisation/.test(projection) || epsg === '3857') {
    return webMercator(prj);
  }
  return null;
}
