import type { RouteObject } from 'react-router-dom';
import { Faq } from './Faq';

// Menu items that need no account data (readable before signing in).
export const routes: RouteObject[] = [{ path: 'faq', element: <Faq /> }];
