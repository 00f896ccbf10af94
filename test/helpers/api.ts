import { type DataSource } from 'typeorm';
import { loadConfigForTests } from './config';
import { statementScope } from '../../src/db/statement-counter';
import { createApp, createContext, type PortalApp } from '../../src/http/app';
import { buildPortalSchema } from '../../src/schema/build-schema';
import { createServices, type Services } from '../../src/services';

export interface GraphqlResult {
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
  /** SQL statements the request issued. */
  statements: number;
}

export interface TestApi {
  services: Services;
  portal: PortalApp;
  query(query: string, variables?: Record<string, unknown>): Promise<GraphqlResult>;
  stop(): Promise<void>;
}

/** The real schema, services and Apollo server (with its plugins and limits), executed in memory. */
export async function createTestApi(dataSource: DataSource, search?: Parameters<typeof createServices>[1]): Promise<TestApi> {
  const services = createServices(dataSource, search);
  const portal = await createApp(await buildPortalSchema(), services, loadConfigForTests());
  return {
    services,
    portal,
    async query(query, variables) {
      const scope = { statements: 0 };
      const response = await statementScope.run(scope, () =>
        portal.apollo.executeOperation({ query, variables }, { contextValue: createContext(services, 'test') }),
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { data, errors: errors as GraphqlResult['errors'], statements: scope.statements };
    },
    stop: () => portal.apollo.stop(),
  };
}
