import { type Loaders } from '../loaders';
import { type Services } from '../services';
import { type Viewer } from '../services/viewer';

/** What every resolver receives: who asks, the per-request loaders, and the process's services. */
export interface Context {
  requestId: string;
  viewer: Viewer;
  loaders: Loaders;
  services: Services;
}
