import { Anchor } from '@mantine/core';
import { Link, useLocation } from 'react-router';

export interface SectionLink {
  key: string;
  to: string;
  label: string;
}

/** Links between the sections of one page, the current one marked for screen readers; on a phone they wrap. */
export function SectionNav({ links, label }: { links: SectionLink[]; label: string }) {
  const { pathname } = useLocation();
  const current = [...links].sort((a, b) => b.to.length - a.to.length).find((l) => pathname === l.to || pathname.startsWith(`${l.to}/`));
  return (
    <nav aria-label={label}>
      <ul className="section-nav">
        {links.map((link) => {
          const active = current?.key === link.key;
          return (
            <li key={link.key}>
              <Anchor
                component={Link}
                to={link.to}
                aria-current={active ? 'page' : undefined}
                className="section-nav-link"
                data-active={active || undefined}
                underline="never"
              >
                {link.label}
              </Anchor>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
