import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { execute, onAuthTokenRefused, setAuthToken } from '../api/client';
import { type MeQuery } from '../gql/graphql';
import { MeDocument, SignInDocument } from './session.operations';

export type SignedInUser = NonNullable<MeQuery['me']>;

interface StoredSession {
  token: string;
  expiresAt: string;
}

export interface Session {
  /** The signed-in account; stays set while its session has expired, so the page and its forms stay. */
  user: SignedInUser | null;
  /** The stored session is being checked (first load of the app). */
  loading: boolean;
  /** The server no longer accepts the token: the page stays, a dialog asks to sign in again. */
  expired: boolean;
  signIn(email: string, password: string): Promise<SignedInUser>;
  /** A new session answered by the API (e.g. after a password change). */
  replaceToken(token: string, expiresAt: string): void;
  signOut(): void;
}

/**
 * The session token lives in sessionStorage (and in memory): it survives a reload of the tab, is not shared with
 * other tabs or left behind when the tab or browser closes, and is never sent as a cookie (so no cross-site request
 * can use it). A script injected into the page could read it; the strict Content-Security-Policy is what keeps
 * such scripts out.
 */
const STORAGE_KEY = 'portal.session';

function readStored(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as StoredSession;
    return typeof stored.token === 'string' && typeof stored.expiresAt === 'string' ? stored : null;
  } catch {
    return null;
  }
}

function store(session: StoredSession | null) {
  try {
    if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the session then lasts as long as the page.
  }
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [stored, setStored] = useState<StoredSession | null>(() => {
    const found = readStored();
    setAuthToken(found?.token ?? null);
    return found;
  });
  const [user, setUser] = useState<SignedInUser | null>(null);
  const [loading, setLoading] = useState(() => stored !== null);
  const [expired, setExpired] = useState(false);

  const adopt = useCallback((next: StoredSession | null) => {
    setAuthToken(next?.token ?? null);
    store(next);
    setStored(next);
  }, []);

  // The stored session of a reloaded tab: who is it? (An expired one is dropped quietly: nothing was being written.)
  useEffect(() => {
    if (!stored || user) return;
    let cancelled = false;
    execute(MeDocument, {})
      .then(({ me }) => {
        if (cancelled) return;
        if (me) setUser(me);
        else adopt(null);
      })
      .catch(() => {
        if (!cancelled) adopt(null);
      })
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The server refused the token, or its time is up: keep the page, ask to sign in again.
  useEffect(() => {
    onAuthTokenRefused(() => setExpired(true));
    return () => onAuthTokenRefused(null);
  }, []);
  useEffect(() => {
    if (!stored || expired) return;
    const left = Date.parse(stored.expiresAt) - Date.now();
    if (!Number.isFinite(left)) return;
    const timer = window.setTimeout(() => setExpired(true), Math.max(0, Math.min(left, 2 ** 31 - 1)));
    return () => window.clearTimeout(timer);
  }, [stored, expired]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      setAuthToken(null);
      const { signIn: payload } = await execute(SignInDocument, { email, password });
      const sameAccount = user?.id === payload.user.id;
      adopt({ token: payload.token, expiresAt: payload.expiresAt });
      const { me } = await execute(MeDocument, {});
      if (!me) throw new Error('The new session was not accepted');
      // Another account sees other things: forget every answer. The same account signing in again keeps them.
      if (!sameAccount) queryClient.clear();
      else void queryClient.invalidateQueries();
      setUser(me);
      setExpired(false);
      setLoading(false);
      return me;
    },
    [adopt, queryClient, user],
  );

  const replaceToken = useCallback((token: string, expiresAt: string) => adopt({ token, expiresAt }), [adopt]);

  const signOut = useCallback(() => {
    adopt(null);
    setUser(null);
    setExpired(false);
    queryClient.clear();
  }, [adopt, queryClient]);

  const value = useMemo<Session>(
    () => ({ user, loading, expired, signIn, replaceToken, signOut }),
    [user, loading, expired, signIn, replaceToken, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
