import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { i18n as I18n } from "i18next";
import { StrictMode, Suspense } from "react";
import { I18nextProvider } from "react-i18next";
import { BrowserRouter } from "react-router";
import { shouldRetry } from "./api/errors.ts";
import { Layout } from "./components/layout.tsx";
import { Loading } from "./components/loading.tsx";
import { PrintSupport } from "./components/print-support.tsx";
import { ScrollToTop } from "./components/scroll-to-top.tsx";
import { AppRoutes } from "./routes.tsx";

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: shouldRetry, refetchOnWindowFocus: false } },
});

export const App = ({ i18n }: { i18n: I18n }) => (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <ScrollToTop />
          <PrintSupport />
          <Layout>
            <Suspense fallback={<Loading />}>
              <AppRoutes />
            </Suspense>
          </Layout>
        </BrowserRouter>
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>
);
