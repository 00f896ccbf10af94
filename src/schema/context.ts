import { type Loaders } from '../loaders';
import { type Services } from '../services';
import { type Viewer } from '../services/viewer';

/** What every resolver receives: who asks and from where, the per-request loaders, and the process's services. */
export interface Context {
  requestId: string;
  viewer: Viewer;
  /** The client's address, for sign-in throttling. */
  clientAddress: string;
  /** The portal's address as the client reached it (or PUBLIC_URL), for links the API hands out (feed URLs). */
  origin: string;
  loaders: Loaders;
  services: Services;
}
