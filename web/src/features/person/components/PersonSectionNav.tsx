import { useTranslation } from 'react-i18next';
import { SectionNav } from '../../../ui/SectionNav.tsx';
import { PERSON_SECTIONS } from '../types.ts';

/** The sections of one person's record; `base` is `/participants/<id>` for staff and `/me` for the person. */
export function PersonSectionNav({ base }: { base: string }) {
  const { t } = useTranslation();
  const links = PERSON_SECTIONS.map((key) => ({
    key,
    to: key === 'overview' ? base : `${base}/${key}`,
    label: t(`person.sections.${key}`),
  }));
  return <SectionNav links={links} label={t('person.sectionsLabel')} />;
}
