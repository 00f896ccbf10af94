import { readConfig } from '../../src/config';

/** The configuration as a test process sees it (defaults, logs silent). */
export const loadConfigForTests = () => readConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
