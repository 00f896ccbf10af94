import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { badInput } from '../errors';

export const MAX_WEBHOOK_URL_LENGTH = 2000;
const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where a webhook may point (SSRF): an https URL on a public host; with `allowLocal` (tests, development) also
 * http or https on localhost, 127.0.0.1 or [::1]. Addresses of private, loopback, link-local and other special
 * networks are refused, here for literal addresses and again at delivery for what a name resolves to.
 * Returns the URL normalized; throws BAD_USER_INPUT naming `field`.
 */
export function checkWebhookUrl(field: string, raw: string, allowLocal: boolean): string {
  const accepted = allowLocal
    ? 'use an https:// URL of a public host, or http://localhost or http://127.0.0.1'
    : 'use an https:// URL of a public host';
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) throw badInput(field, raw, `use at most ${MAX_WEBHOOK_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput(field, raw, accepted);
  }
  if (url.username || url.password) throw badInput(field, raw, `${accepted}, without a user name or password`);
  if (url.hash) throw badInput(field, raw, `${accepted}, without a #fragment`);
  const local = LOCAL_NAMES.has(url.hostname);
  if (local) {
    if (!allowLocal) throw badInput(field, raw, `${accepted} (local addresses are refused)`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput(field, raw, accepted);
    return url.toString();
  }
  if (url.protocol !== 'https:') throw badInput(field, raw, accepted);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !isPublicAddress(host)) {
    throw badInput(field, raw, `${accepted} (addresses of private and special networks are refused)`);
  }
  if (!host.includes('.') || /\.(localhost|local|internal|localdomain)$/i.test(host)) {
    throw badInput(field, raw, `${accepted} (a fully qualified public host name)`);
  }
  return url.toString();
}

/** True for a globally routable unicast address; IPv4 mapped into IPv6 is judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

export class ForbiddenAddressError extends Error {}

/**
 * A `lookup` for http(s).request that refuses names resolving to non-public addresses (a public name may be
 * pointed at an internal address after the webhook was added: DNS rebinding). Loopback passes when allowed.
 */
export function guardedLookup(allowLocal: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      const allowed = list.filter(
        (a) => isPublicAddress(a.address) || (allowLocal && ipaddr.process(a.address).range() === 'loopback'),
      );
      if (allowed.length === 0 || allowed.length !== list.length) {
        return callback(new ForbiddenAddressError(`${hostname} resolves to an address of a private or special network`), '', 0);
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}
