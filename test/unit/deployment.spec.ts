import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readConfig } from '../../src/config';

/** docker-compose.yml cannot be run here (no Docker engine): it is at least read and checked against the config. */
const compose = parse(fs.readFileSync(path.join(__dirname, '../../docker-compose.yml'), 'utf8')) as {
  services: Record<string, { environment?: Record<string, string | number>; depends_on?: Record<string, unknown> }>;
};

test('docker-compose runs PostgreSQL, Meilisearch and the portal, which waits for both', () => {
  expect(Object.keys(compose.services).sort()).toEqual(['meilisearch', 'portal', 'postgres']);
  expect(Object.keys(compose.services.portal.depends_on ?? {}).sort()).toEqual(['meilisearch', 'postgres']);
});

test("the portal's environment in docker-compose is a valid configuration", () => {
  const env = Object.fromEntries(
    Object.entries(compose.services.portal.environment ?? {}).map(([key, value]) => [
      key,
      // ${VAR:?message} is substituted by compose from the operator's environment.
      String(value).replace(/^\$\{[A-Z_]+:\?.*\}$/, 'x'.repeat(48)),
    ]),
  );
  const config = readConfig(env);
  expect(config.searchBackend).toBe('meilisearch');
  expect(config.meiliUrl).toBe('http://meilisearch:7700');
  expect(config.databaseUrl).toMatch(/^postgres:\/\//);
  expect(config.searchFallback).toBe(true);
});
