import { lazy } from "react";
import { Route, Routes } from "react-router";
import { NotFoundPage } from "./components/not-found-page.tsx";

// Each page is its own chunk: the first load carries only the shell and the page asked for.
const HomePage = lazy(() => import("./features/home/home-page.tsx").then((m) => ({ default: m.HomePage })));
const AtlasPage = lazy(() => import("./features/atlas/atlas-page.tsx").then((m) => ({ default: m.AtlasPage })));
const LocalityPage = lazy(() =>
  import("./features/atlas/locality-page.tsx").then((m) => ({ default: m.LocalityPage })),
);
const RegistryPage = lazy(() =>
  import("./features/registry/registry-page.tsx").then((m) => ({ default: m.RegistryPage })),
);
const RelationPage = lazy(() =>
  import("./features/registry/relation-page.tsx").then((m) => ({ default: m.RelationPage })),
);
const OrganisationPage = lazy(() =>
  import("./features/organisations/organisation-page.tsx").then((m) => ({ default: m.OrganisationPage })),
);
const MatchPage = lazy(() => import("./features/match/match-page.tsx").then((m) => ({ default: m.MatchPage })));
const PairPage = lazy(() => import("./features/match/pair-page.tsx").then((m) => ({ default: m.PairPage })));
const IssuesPage = lazy(() => import("./features/issues/issues-page.tsx").then((m) => ({ default: m.IssuesPage })));
const AdminImportPage = lazy(() =>
  import("./features/admin/admin-import-page.tsx").then((m) => ({ default: m.AdminImportPage })),
);
const SearchPage = lazy(() => import("./features/search/search-page.tsx").then((m) => ({ default: m.SearchPage })));
const IssuePage = lazy(() => import("./features/issues/issue-page.tsx").then((m) => ({ default: m.IssuePage })));
const ProposalsPage = lazy(() =>
  import("./features/proposals/proposals-page.tsx").then((m) => ({ default: m.ProposalsPage })),
);
const ProposalPage = lazy(() =>
  import("./features/proposals/proposal-page.tsx").then((m) => ({ default: m.ProposalPage })),
);
const ProposalEditPage = lazy(() =>
  import("./features/proposals/edit-page.tsx").then((m) => ({ default: m.ProposalEditPage })),
);
const DossierPage = lazy(() =>
  import("./features/proposals/dossier-page.tsx").then((m) => ({ default: m.DossierPage })),
);
const MoiDashboardPage = lazy(() =>
  import("./features/proposals/moi-dashboard-page.tsx").then((m) => ({ default: m.MoiDashboardPage })),
);
const TripsPage = lazy(() => import("./features/proposals/trips-page.tsx").then((m) => ({ default: m.TripsPage })));

const lazyNamed = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
// The workspace (accounts, editing, review, history): loaded only by those who open it.
const SignInPage = lazyNamed(() => import("./features/account/sign-in-page.tsx"), "SignInPage");
const ForgotPasswordPage = lazyNamed(() => import("./features/account/forgot-password-page.tsx"), "ForgotPasswordPage");
const InvitationPage = lazyNamed(() => import("./features/account/invitation-page.tsx"), "InvitationPage");
const ResetPasswordPage = lazyNamed(() => import("./features/account/reset-password-page.tsx"), "ResetPasswordPage");
const WorkspacePage = lazyNamed(() => import("./features/workspace/workspace-page.tsx"), "WorkspacePage");
const RegisterLocalityPage = lazyNamed(
  () => import("./features/registration/register-locality-page.tsx"),
  "RegisterLocalityPage",
);
const EditHubPage = lazyNamed(() => import("./features/editing/edit-hub-page.tsx"), "EditHubPage");
const FactsEditPage = lazyNamed(() => import("./features/editing/facts-edit-page.tsx"), "FactsEditPage");
const NeedsOffersEditPage = lazyNamed(
  () => import("./features/editing/needs-offers-edit-page.tsx"),
  "NeedsOffersEditPage",
);
const ContactsEditPage = lazyNamed(() => import("./features/editing/contacts-edit-page.tsx"), "ContactsEditPage");
const ProposeRelationPage = lazyNamed(() => import("./features/editing/claim-pages.tsx"), "ProposeRelationPage");
const CorrectRelationPage = lazyNamed(() => import("./features/editing/claim-pages.tsx"), "CorrectRelationPage");
const ReviewPage = lazyNamed(() => import("./features/review/review-page.tsx"), "ReviewPage");
const UsersPage = lazyNamed(() => import("./features/users/users-page.tsx"), "UsersPage");
const HistoryPage = lazyNamed(() => import("./features/history/history-page.tsx"), "HistoryPage");
// Continuity (notices, events, handover, dormant relations, annual reports): loaded by those who open it.
const NoticesPage = lazyNamed(() => import("./features/continuity/notices-page.tsx"), "NoticesPage");
const NoticeSettingsPage = lazyNamed(
  () => import("./features/continuity/notice-settings-page.tsx"),
  "NoticeSettingsPage",
);
const EventsPage = lazyNamed(() => import("./features/continuity/events-page.tsx"), "EventsPage");
const HandoverIndexPage = lazyNamed(() => import("./features/continuity/handover-index-page.tsx"), "HandoverIndexPage");
const HandoverPage = lazyNamed(() => import("./features/continuity/handover-page.tsx"), "HandoverPage");
const DormantPage = lazyNamed(() => import("./features/continuity/dormant-page.tsx"), "DormantPage");
const AnnualReportsPage = lazyNamed(() => import("./features/continuity/reports-page.tsx"), "AnnualReportsPage");
const AnnualReportPage = lazyNamed(() => import("./features/continuity/report-page.tsx"), "AnnualReportPage");
const AnnualReportPrintPage = lazyNamed(
  () => import("./features/continuity/report-print-page.tsx"),
  "AnnualReportPrintPage",
);
const AboutPage = lazy(() => import("./features/about/about-page.tsx").then((m) => ({ default: m.AboutPage })));
const ReportPage = lazy(() => import("./features/about/report-page.tsx").then((m) => ({ default: m.ReportPage })));

export const AppRoutes = () => (
  <Routes>
    <Route path="/" element={<HomePage />} />
    <Route path="/atlas" element={<AtlasPage />} />
    <Route path="/atlas/:id" element={<LocalityPage />} />
    <Route path="/registry" element={<RegistryPage />} />
    <Route path="/registry/:id" element={<RelationPage />} />
    <Route path="/organisations/:id" element={<OrganisationPage />} />
    <Route path="/match" element={<MatchPage />} />
    <Route path="/match/pair" element={<PairPage />} />
    <Route path="/issues" element={<IssuesPage />} />
    <Route path="/issues/:id" element={<IssuePage />} />
    <Route path="/proposals" element={<ProposalsPage />} />
    <Route path="/proposals/:id" element={<ProposalPage />} />
    <Route path="/proposals/:id/edit" element={<ProposalEditPage />} />
    <Route path="/proposals/:id/dossier" element={<DossierPage />} />
    <Route path="/moi" element={<MoiDashboardPage />} />
    <Route path="/registry/:id/trips" element={<TripsPage />} />
    <Route path="/notices" element={<NoticesPage />} />
    <Route path="/notices/settings" element={<NoticeSettingsPage />} />
    <Route path="/events" element={<EventsPage />} />
    <Route path="/handover" element={<HandoverIndexPage />} />
    <Route path="/handover/:id" element={<HandoverPage />} />
    <Route path="/dormant" element={<DormantPage />} />
    <Route path="/reports" element={<AnnualReportsPage />} />
    <Route path="/reports/:id" element={<AnnualReportPage />} />
    <Route path="/reports/:id/print" element={<AnnualReportPrintPage />} />
    <Route path="/sign-in" element={<SignInPage />} />
    <Route path="/forgot-password" element={<ForgotPasswordPage />} />
    <Route path="/invitation/:token" element={<InvitationPage />} />
    <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
    <Route path="/workspace" element={<WorkspacePage />} />
    <Route path="/register-locality" element={<RegisterLocalityPage />} />
    <Route path="/edit/:id" element={<EditHubPage />} />
    <Route path="/edit/:id/facts/:section" element={<FactsEditPage />} />
    <Route path="/edit/:id/needs-offers" element={<NeedsOffersEditPage />} />
    <Route path="/edit/:id/contacts" element={<ContactsEditPage />} />
    <Route path="/propose-relation" element={<ProposeRelationPage />} />
    <Route path="/registry/:id/correct" element={<CorrectRelationPage />} />
    <Route path="/review" element={<ReviewPage />} />
    <Route path="/users" element={<UsersPage />} />
    <Route path="/history/:recordId" element={<HistoryPage />} />
    <Route path="/admin/import" element={<AdminImportPage />} />
    <Route path="/about" element={<AboutPage />} />
    <Route path="/report" element={<ReportPage />} />
    <Route path="/search" element={<SearchPage />} />
    <Route path="*" element={<NotFoundPage />} />
  </Routes>
);
