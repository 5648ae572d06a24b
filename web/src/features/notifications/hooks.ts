import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages.ts';
import {
  getPreferences,
  listNotifications,
  listOutbox,
  markAllRead,
  markRead,
  notificationKeys,
  setLanguage,
  setPreferences,
  unreadCount,
} from './api.ts';
import type { KindChannels, Preferences } from './types.ts';

export const NOTIFICATIONS_PAGE_SIZE = 20;
export const OUTBOX_PAGE_SIZE = 25;

/**
 * The bell's count, checked on every page the user opens and whenever the window gets focus. Not on a timer: each
 * request counts as use of the session, so polling would keep an unattended session from ever going idle.
 */
export function useUnreadCount() {
  const { pathname } = useLocation();
  const count = useQuery({ queryKey: notificationKeys.unread, queryFn: unreadCount, refetchOnWindowFocus: true });
  const { refetch } = count;
  const seen = useRef(pathname);
  useEffect(() => {
    // The first page is fetched by the query itself.
    if (seen.current === pathname) return;
    seen.current = pathname;
    void refetch();
  }, [pathname, refetch]);
  return count;
}

export function useNotifications(offset: number) {
  return useQuery({
    queryKey: notificationKeys.list(offset),
    queryFn: () => listNotifications(offset, NOTIFICATIONS_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => markRead(ids),
    onSuccess: ({ unread }) => {
      client.setQueryData(notificationKeys.unread, unread);
      return client.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => {
      client.setQueryData(notificationKeys.unread, 0);
      return client.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}

export function usePreferences() {
  return useQuery({ queryKey: notificationKeys.preferences, queryFn: getPreferences, staleTime: 5 * 60_000 });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (kinds: KindChannels[]) => setPreferences(kinds),
    onSuccess: (saved) => client.setQueryData(notificationKeys.preferences, saved),
  });
}

/** Tells the server the language the user reads Kitt in, whenever it differs from what it knows: e-mails use it. */
export function useRememberLanguage() {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const preferences = usePreferences();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const known = preferences.data?.language;
  const remember = useMutation({
    mutationFn: setLanguage,
    onSuccess: ({ language }) =>
      client.setQueryData<Preferences>(notificationKeys.preferences, (old) => (old ? { ...old, language } : old)),
  });
  const { mutate } = remember;
  // Once per language: a failed attempt is not repeated in a loop; the next change of language tries again.
  const tried = useRef<string | null>(null);
  useEffect(() => {
    if (!preferences.data || known === current || !isLanguage(current) || tried.current === current) return;
    tried.current = current;
    mutate(current);
  }, [preferences.data, known, current, mutate]);
}

export function useOutbox(offset: number) {
  return useQuery({
    queryKey: notificationKeys.outbox(offset),
    queryFn: () => listOutbox(offset, OUTBOX_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}
