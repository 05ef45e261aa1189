/** The hostname of a URL, or null when it is not one. */
export function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * A URL taken from a portal's answer, kept only when it is an absolute `https:` URL with a host and no
 * credentials: portal owners can write anything into such fields (udata resource `extras`), and the
 * extension must not be sent to `javascript:`, `data:`, plain-http or `user:pass@` addresses by them.
 */
export function safeHttpsUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  return url.href;
}

/** `https://host` for a URL, or null. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}
