/**
 * Site entries of the settings: bare host names. A listed host also covers its subdomains, so
 * listing `people.com.cn` switches off `politics.people.com.cn` too.
 */

/** A host name as the URL parser spells it (lower case, punycode), or null when `input` names none. */
export function normaliseHost(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  // People paste whole addresses; accept web ones and keep only the host. Browser pages have no site.
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return null;
  const candidate = scheme ? trimmed : `http://${trimmed}`;
  let host: string;
  try {
    host = new URL(candidate).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  return isHostName(host) ? host : null;
}

/** True for a normalised host name: labels of a–z, 0–9 and hyphens, or an IPv4 / bracketed IPv6 address. */
export function isHostName(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  if (/^\[[0-9a-f:.]+\]$/.test(value)) return true;
  return value.split('.').every((label) => /^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(label));
}

/** True when `host` is one of `sites` or a subdomain of one. */
export function hostMatches(sites: readonly string[], host: string): boolean {
  return coveringSites(sites, host).length > 0;
}

/** The listed entries that cover `host` (itself or a parent domain), for removing them again. */
export function coveringSites(sites: readonly string[], host: string): string[] {
  const h = host.toLowerCase().replace(/\.$/, '');
  return sites.filter((site) => h === site || h.endsWith(`.${site}`));
}

/** Normalised, without duplicates, in the order given; entries that name no host are dropped. */
export function normaliseSites(input: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const item of input) {
    if (typeof item !== 'string') continue;
    const host = normaliseHost(item);
    if (host && !out.includes(host)) out.push(host);
  }
  return out;
}
