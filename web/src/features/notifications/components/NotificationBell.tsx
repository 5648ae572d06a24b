import { ActionIcon, Badge, Box } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useRememberLanguage, useUnreadCount } from '../hooks.ts';

/** The bell in the header: its accessible name says how many are unread; the badge shows it to the eye. */
export function NotificationBell({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  useRememberLanguage();
  const unread = useUnreadCount().data ?? 0;
  const label = unread > 0 ? t('notifications.bell', { count: unread }) : t('notifications.bellNone');
  return (
    <Box pos="relative">
      <ActionIcon
        component={Link}
        to="/notifications"
        onClick={onNavigate}
        variant="default"
        size="lg"
        radius="md"
        aria-label={label}
        title={label}
        data-unread={unread}
      >
        <svg
          aria-hidden="true"
          focusable="false"
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
      </ActionIcon>
      {unread > 0 && (
        <Badge
          aria-hidden="true"
          size="xs"
          circle={unread < 10}
          color="red.9"
          variant="filled"
          pos="absolute"
          top={-6}
          style={{ insetInlineEnd: -6, pointerEvents: 'none' }}
        >
          {unread > 99 ? '99+' : unread}
        </Badge>
      )}
    </Box>
  );
}
