import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../../ui/SectionNav.tsx';
import { SECTIONS_FOR, type PersonSectionProps } from '../types.ts';

/**
 * The sections of one person's record; `base` is `/participants/<id>` for staff and `/me` for the person. The person
 * has eight sections, so on a phone they fold into one menu button.
 */
export function PersonSectionNav({ base, viewer }: { base: string; viewer: PersonSectionProps['viewer'] }) {
  const { t } = useTranslation();
  const links = SECTIONS_FOR[viewer].map((key) => ({
    key,
    to: key === 'overview' ? base : `${base}/${key}`,
    label: t(`person.sections.${key}`),
  }));
  return <SectionNav links={links} label={t('person.sectionsLabel')} compactLabel={viewer === 'self' ? t('me.sectionMenu') : undefined} />;
}
