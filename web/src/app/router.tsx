import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../features/session/components/LoginPage.tsx';
import { RequireAuth } from '../features/session/components/RequireAuth.tsx';
import { RequireVerb } from '../features/session/components/RequireVerb.tsx';
import { AppLayout } from '../features/layout/components/AppLayout.tsx';
import { StartPage } from '../features/start/StartPage.tsx';
import { ParticipantsPage } from '../features/participants/components/ParticipantsPage.tsx';
import { CreateParticipantPage } from '../features/participants/components/CreateParticipantPage.tsx';
import { ParticipantDetailPage } from '../features/participants/components/ParticipantDetailPage.tsx';
import { UsersPage } from '../features/users/components/UsersPage.tsx';
import { OrganisationsPage } from '../features/organisations/components/OrganisationsPage.tsx';
import { MyPage } from '../features/me/MyPage.tsx';
import { MyOverview } from '../features/me/MyOverview.tsx';
import { ParticipantOverview } from '../features/participants/components/ParticipantOverview.tsx';
import { PersonSectionRoute } from '../features/person/components/PersonSectionRoute.tsx';
import { IntakesPage } from '../features/intake/components/IntakesPage.tsx';
import { NotFoundPage } from '../ui/NotFoundPage.tsx';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <StartPage /> },
      {
        path: 'participants',
        element: <RequireVerb verb="participant.list" />,
        children: [
          { index: true, element: <ParticipantsPage /> },
          {
            path: 'new',
            element: <RequireVerb verb="participant.create" />,
            children: [{ index: true, element: <CreateParticipantPage /> }],
          },
          {
            path: ':id',
            element: <ParticipantDetailPage />,
            children: [
              { index: true, element: <ParticipantOverview /> },
              { path: 'intake', element: <PersonSectionRoute section="intake" viewer="staff" /> },
              { path: 'plan', element: <PersonSectionRoute section="plan" viewer="staff" /> },
              { path: 'week', element: <PersonSectionRoute section="week" viewer="staff" /> },
              { path: 'progression', element: <PersonSectionRoute section="progression" viewer="staff" /> },
            ],
          },
        ],
      },
      {
        path: 'intakes',
        element: <RequireVerb verb="intake.list" />,
        children: [{ index: true, element: <IntakesPage /> }],
      },
      {
        path: 'admin',
        element: <RequireVerb verb="user.manage" />,
        children: [
          { path: 'users', element: <UsersPage /> },
          { path: 'organisations', element: <OrganisationsPage /> },
        ],
      },
      {
        path: 'me',
        element: <RequireVerb verb="consent.read" />,
        children: [
          {
            element: <MyPage />,
            children: [
              { index: true, element: <MyOverview /> },
              { path: 'intake', element: <PersonSectionRoute section="intake" viewer="self" /> },
              { path: 'plan', element: <PersonSectionRoute section="plan" viewer="self" /> },
              { path: 'week', element: <PersonSectionRoute section="week" viewer="self" /> },
              { path: 'progression', element: <PersonSectionRoute section="progression" viewer="self" /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
