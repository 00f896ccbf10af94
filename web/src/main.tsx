import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './App';
import { ApiError } from './api/client';
import { SessionProvider } from './auth/session';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Answers stay fresh for a minute: going back to a search or a record shows it at once.
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // A refused query (bad input, not found) will be refused again.
      retry: (failures, error) => !(error instanceof ApiError && error.code) && failures < 2,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>
  </StrictMode>,
);
