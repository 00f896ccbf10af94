import { guardedLookup, checkWebhookUrl, isPublicAddress } from '../../../src/services/saved-searches/webhook-url';
import { signDelivery } from '../../../src/services/saved-searches/secrets';
import { createHmac } from 'node:crypto';

describe('webhook URLs (SSRF)', () => {
  it('accepts https URLs of public hosts', () => {
    expect(checkWebhookUrl('url', 'https://hooks.example.org/portal?x=1', false)).toBe('https://hooks.example.org/portal?x=1');
    expect(checkWebhookUrl('url', 'https://93.184.215.14/in', false)).toBe('https://93.184.215.14/in');
  });

  it.each([
    'http://hooks.example.org/in', // not TLS
    'https://localhost/in',
    'http://127.0.0.1:8080/in',
    'https://127.0.0.2/in',
    'https://10.0.0.5/in',
    'https://172.16.4.1/in',
    'https://192.168.1.1/in',
    'https://100.64.0.1/in',
    'https://169.254.169.254/latest/meta-data',
    'https://0.0.0.0/',
    'https://[::1]/',
    'https://[fe80::1]/',
    'https://[fd12:3456::1]/',
    'https://[::ffff:10.0.0.1]/',
    'https://intranet/',
    'https://db.internal/',
    'https://printer.local/',
    'https://user:secret@hooks.example.org/',
    'https://hooks.example.org/#x',
    'file:///etc/passwd',
    'gopher://hooks.example.org/',
    'not a url',
  ])('refuses %s by default, naming the field and what is accepted', (url) => {
    expect(() => checkWebhookUrl('url', url, false)).toThrow(/^url: .* is not accepted; use an https:\/\/ URL of a public host/);
  });

  it('lets http(s) on localhost and 127.0.0.1 through only when local webhooks are allowed, never other private networks', () => {
    expect(checkWebhookUrl('url', 'http://127.0.0.1:8080/in', true)).toBe('http://127.0.0.1:8080/in');
    expect(checkWebhookUrl('url', 'http://localhost:8080/in', true)).toBe('http://localhost:8080/in');
    expect(() => checkWebhookUrl('url', 'https://10.0.0.5/in', true)).toThrow(/private and special networks/);
    expect(() => checkWebhookUrl('url', 'https://192.168.1.1/in', true)).toThrow(/private and special networks/);
  });

  it('judges addresses by their range, IPv4 mapped into IPv6 as IPv4', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2001:4860:4860::8888')).toBe(true);
    expect(isPublicAddress('::ffff:192.168.0.1')).toBe(false);
    expect(isPublicAddress('nonsense')).toBe(false);
  });

  it('refuses, at delivery, names that resolve to a loopback address unless allowed', async () => {
    const resolve = (allow: boolean) =>
      new Promise<string>((done, fail) =>
        guardedLookup(allow)('localhost', { family: 4 }, (error, address) => (error ? fail(error) : done(address as string))),
      );
    await expect(resolve(false)).rejects.toThrow(/resolves to an address of a private or special network/);
    await expect(resolve(true)).resolves.toBe('127.0.0.1');
    // Node asks for every address when it tries IPv4 and IPv6 in turn (autoSelectFamily): all are checked.
    const all = await new Promise<unknown>((done, fail) =>
      guardedLookup(true)('localhost', { all: true, family: 4 }, (error, addresses) => (error ? fail(error) : done(addresses))),
    );
    expect(all).toEqual([{ address: '127.0.0.1', family: 4 }]);
  });
});

describe('delivery signatures', () => {
  it('are HMAC-SHA256 of the timestamp, a dot and the body', () => {
    const body = '{"event":"saved-search.matched"}';
    const expected = createHmac('sha256', 'whsec_test').update(`1700000000.${body}`).digest('hex');
    expect(signDelivery('whsec_test', 1700000000, body)).toBe(`sha256=${expected}`);
    expect(signDelivery('whsec_test', 1700000001, body)).not.toBe(`sha256=${expected}`);
  });
});
