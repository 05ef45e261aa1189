import { ADAPTERS } from './registry';

const patterns = (hosts: Iterable<string>) => [...new Set(hosts)].sort().map((h) => `https://${h}/*`);

/** Match patterns for the portal pages the content script runs on: dataset pages of the well-known portals only. */
export function knownPortalHostPatterns(): string[] {
  return patterns(ADAPTERS.flatMap((a) => a.pageHosts));
}

/** Everything the extension may read without asking: those portals, and the API and file hosts that serve them. */
export function builtInHostPermissions(): string[] {
  return patterns(ADAPTERS.flatMap((a) => [...a.pageHosts, ...a.apiHosts]));
}
