import { ConfigError, parseTrustProxy, readConfig } from '../../../src/config';

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
  });

  it('takes a number of hops, or addresses, subnets and named ranges', () => {
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.0.2.1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.1',
    ]);
  });

  it.each(['true', '0', '11', 'proxy.example.org', '10.0.0.0/33', '10.0.0/8', 'loopback,', '::1/129'])(
    'refuses %p, naming the variable, the value and what is accepted',
    (value) => {
      expect(() => readConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      try {
        readConfig({ TRUST_PROXY: value });
      } catch (error) {
        expect((error as ConfigError).problems).toEqual([expect.stringContaining(`TRUST_PROXY="${value}" must be false, a number of proxy hops from 1 to 10`)]);
      }
    },
  );
});
