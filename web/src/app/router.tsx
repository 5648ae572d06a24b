import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../features/session/components/LoginPage.tsx';
import { RegisterPage } from '../features/register/components/RegisterPage.tsx';
import { RequireAuth } from '../features/session/components/RequireAuth.tsx';
import { RequireVerb } from '../features/session/components/RequireVerb.tsx';
import { AppLayout } from '../features/layout/components/AppLayout.tsx';
import { StartPage } from '../features/start/StartPage.tsx';
import { ParticipantsPage } from '../features/participants/components/ParticipantsPage.tsx';
import { CreateParticipantPage } from '../features/participants/components/CreateParticipantPage.tsx';
import { ParticipantDetailPage } from '../features/participants/components/ParticipantDetailPage.tsx';
import { UsersPage } from '../features/users/components/UsersPage.tsx';
import { OrganisationsPage } from '../features/organisations/components/OrganisationsPage.tsx';
import { RetentionPage } from '../features/retention/components/RetentionPage.tsx';
import { MyPage } from '../features/me/MyPage.tsx';
import { MyOverview } from '../features/me/MyOverview.tsx';
import { ParticipantOverview } from '../features/participants/components/ParticipantOverview.tsx';
import { PersonSectionRoute } from '../features/person/components/PersonSectionRoute.tsx';
import { IntakesPage } from '../features/intake/components/IntakesPage.tsx';
import { NotificationsPage } from '../features/notifications/components/NotificationsPage.tsx';
import { NotificationSettingsPage } from '../features/notifications/components/NotificationSettingsPage.tsx';
import { OutboxPage } from '../features/notifications/components/OutboxPage.tsx';
import { NotFoundPage } from '../ui/NotFoundPage.tsx';
import { CataloguePage } from '../features/catalogue/components/CataloguePage.tsx';
import { InterventionPage } from '../features/catalogue/components/InterventionPage.tsx';
import { InterventionEditPage } from '../features/catalogue/components/InterventionEditPage.tsx';
import { ReferralsPage } from '../features/referrals/components/ReferralsPage.tsx';
import { FollowUpsPage } from '../features/participations/components/FollowUpsPage.tsx';
import { EvaluationPage } from '../features/evaluation/components/EvaluationPage.tsx';
import { SusPage } from '../features/sus/components/SusPage.tsx';
import { UtbildningspliktPage } from '../features/utbildningsplikt/components/UtbildningspliktPage.tsx';
import { ProcurementPage } from '../features/procurement/components/ProcurementPage.tsx';
import { InitiativesPage } from '../features/initiatives/components/InitiativesPage.tsx';
import { InitiativePage } from '../features/initiatives/components/InitiativePage.tsx';
import { ForbundPage } from '../features/forbund/components/ForbundPage.tsx';
import { BarometerPage } from '../features/barometer/components/BarometerPage.tsx';
import { AnswerPage as BarometerAnswerPage } from '../features/barometer/components/AnswerPage.tsx';
import { MeetingsPage } from '../features/meetings/components/MeetingsPage.tsx';
import { MeetingPage } from '../features/meetings/components/MeetingPage.tsx';
import { GoalsPage } from '../features/goals/components/GoalsPage.tsx';
import { OverviewPage } from '../features/overview/components/OverviewPage.tsx';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // The register of local initiatives is public: other municipalities read it without an account.
  { path: '/register', element: <RegisterPage /> },
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
              { path: 'referrals', element: <PersonSectionRoute section="referrals" viewer="staff" /> },
              { path: 'messages', element: <PersonSectionRoute section="messages" viewer="staff" /> },
              { path: 'access-log', element: <PersonSectionRoute section="access-log" viewer="staff" /> },
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
          { path: 'retention', element: <RetentionPage /> },
          { path: 'outbox', element: <RequireVerb verb="outbox.read" />, children: [{ index: true, element: <OutboxPage /> }] },
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
              { path: 'referrals', element: <PersonSectionRoute section="referrals" viewer="self" /> },
              { path: 'messages', element: <PersonSectionRoute section="messages" viewer="self" /> },
              { path: 'consents', element: <PersonSectionRoute section="consents" viewer="self" /> },
              { path: 'access-log', element: <PersonSectionRoute section="access-log" viewer="self" /> },
            ],
          },
        ],
      },
      {
        path: 'catalogue',
        element: <RequireVerb verb="catalogue.read" />,
        children: [
          { index: true, element: <CataloguePage /> },
          { path: 'new', element: <RequireVerb verb="catalogue.manage" />, children: [{ index: true, element: <InterventionEditPage /> }] },
          { path: ':interventionId', element: <InterventionPage /> },
          {
            path: ':interventionId/edit',
            element: <RequireVerb verb="catalogue.manage" />,
            children: [{ index: true, element: <InterventionEditPage /> }],
          },
        ],
      },
      { path: 'referrals', element: <RequireVerb verb="referral.respond" />, children: [{ index: true, element: <ReferralsPage /> }] },
      { path: 'follow-ups', element: <RequireVerb verb="participation.write" />, children: [{ index: true, element: <FollowUpsPage /> }] },
      { path: 'evaluation', element: <RequireVerb verb="evaluation.read" />, children: [{ index: true, element: <EvaluationPage /> }] },
      { path: 'sus', element: <RequireVerb verb="evaluation.read" />, children: [{ index: true, element: <SusPage /> }] },
      {
        path: 'utbildningsplikt',
        element: <RequireVerb verb="utbildningsplikt.read" />,
        children: [{ index: true, element: <UtbildningspliktPage /> }],
      },
      {
        path: 'procurement',
        element: <RequireVerb verb="procurement.read" />,
        children: [{ index: true, element: <ProcurementPage /> }],
      },
      {
        path: 'initiatives',
        element: <RequireVerb verb="governance.read" />,
        children: [
          { index: true, element: <InitiativesPage /> },
          { path: ':id', element: <InitiativePage /> },
        ],
      },
      { path: 'forbund', element: <RequireVerb verb="governance.read" />, children: [{ index: true, element: <ForbundPage /> }] },
      // Every signed-in user answers the rounds of their audience here; the page shows governance readers the results too.
      {
        path: 'barometer',
        children: [
          { index: true, element: <BarometerPage /> },
          { path: 'answer/:id', element: <BarometerAnswerPage /> },
        ],
      },
      {
        path: 'meetings',
        element: <RequireVerb verb="governance.read" />,
        children: [
          { index: true, element: <MeetingsPage /> },
          { path: ':id', element: <MeetingPage /> },
        ],
      },
      { path: 'goals', element: <RequireVerb verb="governance.read" />, children: [{ index: true, element: <GoalsPage /> }] },
      { path: 'overview', element: <RequireVerb verb="governance.read" />, children: [{ index: true, element: <OverviewPage /> }] },
      {
        path: 'notifications',
        element: <RequireVerb verb="notification.read" />,
        children: [
          { index: true, element: <NotificationsPage /> },
          { path: 'settings', element: <NotificationSettingsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
