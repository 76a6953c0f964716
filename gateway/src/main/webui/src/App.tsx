import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { Layout } from './components/Layout';
import { TopMenu } from './pages/TopMenu';
import { NotFound } from './pages/NotFound';
import { routes as applicationRoutes } from './pages/applications/routes';
import { routes as contractRoutes } from './pages/contracts/routes';
import { routes as staffRoutes } from './pages/staff/routes';
import { routes as moreRoutes } from './pages/more/routes';
import { routes as fundsRoutes } from './pages/funds/routes';
import { routes as documentRoutes } from './pages/documents/routes';
import { routes as profileRoutes } from './pages/profile/routes';
import { routes as recommendationRoutes } from './pages/recommendations/routes';
import { SessionProvider } from './session';

// Each area (applications, contracts and documents, staff, funds, 書類送信, お客様情報, お勧め) owns its routes in its own folder.
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <TopMenu /> },
      ...applicationRoutes,
      ...contractRoutes,
      ...staffRoutes,
      ...fundsRoutes,
      ...documentRoutes,
      ...profileRoutes,
      ...recommendationRoutes,
      ...moreRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return (
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}
