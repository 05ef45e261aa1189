import { ADAPTERS } from './registry';

/** Match patterns for the hosts the extension may read without asking: the well-known portals only. */
export function knownPortalHostPatterns(): string[] {
  const hosts = new Set(ADAPTERS.flatMap((a) => a.knownHosts));
  return [...hosts].sort().map((h) => `https://${h}/*`);
}
