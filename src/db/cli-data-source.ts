/** The data source the TypeORM CLI uses to generate migrations (needs DATABASE_URL). */
import 'reflect-metadata';
import { createDataSource } from './data-source';

if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required to generate migrations');
export default createDataSource(process.env.DATABASE_URL);
