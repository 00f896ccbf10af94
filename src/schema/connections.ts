import { Case, Law } from '../entities';
import { Connection } from './pagination';

export const CaseConnection = Connection('Case', Case);
export const LawConnection = Connection('Law', Law);
