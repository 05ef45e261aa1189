import { ADAPTERS } from './registry';

const patterns = (hosts: Iterable<string>) => [...new Set(hosts)].sort().map((h) => `https://${h}/*`);

/** Match patterns for the portal pages the content script runs on: the well-known portals only. */
export function knownPortalHostPatterns(): string[] {
  return patterns(ADAPTERS.flatMap((a) => a.knownHosts));
}

/** Everything the extension may read without asking: those portals, and the hosts serving their files. */
export function builtInHostPermissions(): string[] {
  return patterns(ADAPTERS.flatMap((a) => [...a.knownHosts, ...(a.fileHosts ?? [])]));
}
