import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { Layout } from './components/Layout';
import { TopMenu } from './pages/TopMenu';
import { NotFound } from './pages/NotFound';
import { routes as applicationRoutes } from './pages/applications/routes';
import { routes as contractRoutes } from './pages/contracts/routes';
import { routes as staffRoutes } from './pages/staff/routes';
import { routes as moreRoutes } from './pages/more/routes';
import { routes as fundsRoutes } from './pages/funds/routes';
import { SessionProvider } from './session';

// Each area (applications, contracts and documents, staff) owns its routes in its own folder.
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <TopMenu /> },
      ...applicationRoutes,
      ...contractRoutes,
      ...staffRoutes,
      ...fundsRoutes,
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
