import { probe } from '../../src/search/meili-probe';
test('meilisearch loads', () => { expect(probe()).toBe('function'); });
