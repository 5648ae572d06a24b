import { Anchor, Button } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useWideScreen } from './useScreen.ts';

export interface SectionLink {
  key: string;
  to: string;
  label: string;
}

interface SectionNavProps {
  links: SectionLink[];
  label: string;
  /**
   * On a phone, fold the links into one button that names the current section and opens the list ("Choose a part:
   * Plan"), so many sections do not fill the screen. Without it the links wrap.
   */
  compactLabel?: string;
}

/** Links between the sections of one page, the current one marked for screen readers. */
export function SectionNav({ links, label, compactLabel }: SectionNavProps) {
  const { pathname } = useLocation();
  const wide = useWideScreen('sm');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const current = [...links].sort((a, b) => b.to.length - a.to.length).find((l) => pathname === l.to || pathname.startsWith(`${l.to}/`));

  const list = (compact: boolean) => (
    <ul className="section-nav" style={compact ? { flexDirection: 'column', borderBottom: 'none' } : undefined}>
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
              // A followed link closes the menu on a phone.
              onClick={compact ? () => setOpen(false) : undefined}
              style={compact ? { display: 'block' } : undefined}
            >
              {link.label}
            </Anchor>
          </li>
        );
      })}
    </ul>
  );

  if (wide || compactLabel === undefined) return <nav aria-label={label}>{list(false)}</nav>;
  return (
    // Escape closes the open menu and returns to its button, as in any disclosure menu.
    <nav
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <Button
        ref={buttonRef}
        variant="default"
        fullWidth
        justify="space-between"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        rightSection={<span aria-hidden="true">{open ? '▴' : '▾'}</span>}
      >
        {compactLabel}
        {current ? `: ${current.label}` : ''}
      </Button>
      <div id={listId}>{open && list(true)}</div>
    </nav>
  );
}
