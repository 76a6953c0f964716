import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../../components/RequireSession';
import { ApplicationDocuments } from './ApplicationDocuments';
import { DocumentPicker } from './DocumentPicker';

// 書類送信: choose an application, then send and manage its documents (the contractor's own applications only).
export const routes: RouteObject[] = [
  {
    path: 'documents',
    element: (
      <RequireSession role="contractor">
        <DocumentPicker />
      </RequireSession>
    ),
  },
  {
    path: 'applications/:id/documents',
    element: (
      <RequireSession role="contractor">
        <ApplicationDocuments />
      </RequireSession>
    ),
  },
];
