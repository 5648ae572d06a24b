import { Anchor, Group, ScrollArea } from '@mantine/core';
import { Link, useLocation } from 'react-router';

export interface SectionLink {
  key: string;
  to: string;
  label: string;
}

/** Links between the sections of one page, the current one marked for screen readers; scrolls sideways on phones. */
export function SectionNav({ links, label }: { links: SectionLink[]; label: string }) {
  const { pathname } = useLocation();
  const current = [...links].sort((a, b) => b.to.length - a.to.length).find((l) => pathname === l.to || pathname.startsWith(`${l.to}/`));
  return (
    <ScrollArea type="never" component="nav" aria-label={label}>
      <Group gap="xs" wrap="nowrap" className="section-nav" role="list">
        {links.map((link) => {
          const active = current?.key === link.key;
          return (
            <Anchor
              key={link.key}
              role="listitem"
              component={Link}
              to={link.to}
              aria-current={active ? 'page' : undefined}
              className="section-nav-link"
              data-active={active || undefined}
              underline="never"
            >
              {link.label}
            </Anchor>
          );
        })}
      </Group>
    </ScrollArea>
  );
}
