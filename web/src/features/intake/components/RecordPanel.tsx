import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SECTION_KINDS,
  type EducationEntry,
  type LanguageEntry,
  type SectionContent,
  type SectionKind,
  type WorkEntry,
} from '../../../../../common/intake.ts';
import { formatDateTime, languageName } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import type { Intake, Section } from '../types.ts';
import { SectionEditor } from './SectionEditor.tsx';
import { isEmptySection } from './sectionForm.ts';

interface RecordPanelProps {
  intake: Intake;
  viewer: 'staff' | 'self';
  canWrite: boolean;
}

/** The shared intake record: the person tells their story once; each section says who wrote it and when. */
export function RecordPanel({ intake, viewer, canWrite }: RecordPanelProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="intake-record-heading">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="intake-record-heading">
            {t('intake.record.title')}
          </Title>
          <Text size="sm">{viewer === 'self' ? t('intake.record.introSelf') : t('intake.record.introStaff')}</Text>
        </div>
        {SECTION_KINDS.map((kind) => {
          const section = intake.sections.find((s) => s.kind === kind) ?? null;
          if (kind === 'health' && intake.health === 'consent_required')
            return (
              <SectionFrame key={kind} kind={kind}>
                <Alert color="yellow" variant="light" title={t('consentRequired.title')}>
                  {t('consentRequired.health')}
                </Alert>
              </SectionFrame>
            );
          return <SectionBlock key={kind} kind={kind} section={section} participantId={intake.participantId} canWrite={canWrite} />;
        })}
      </Stack>
    </Paper>
  );
}

function SectionFrame({ kind, children }: { kind: SectionKind; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`intake-section-${kind}`}>
      <Title order={3} size="h5" id={`intake-section-${kind}`} mb={4}>
        {t(`intake.record.kinds.${kind}`)}
      </Title>
      {children}
    </section>
  );
}

function SectionBlock({
  kind,
  section,
  participantId,
  canWrite,
}: {
  kind: SectionKind;
  section: Section | null;
  participantId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <SectionFrame kind={kind}>
      {editing ? (
        <SectionEditor
          participantId={participantId}
          kind={kind}
          content={section?.content ?? null}
          version={section?.version ?? null}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Stack gap={4}>
          {section && !isEmptySection(kind, section.content) ? (
            <SectionContentView kind={kind} content={section.content} />
          ) : (
            <Text c="dimmed">{t('intake.record.empty')}</Text>
          )}
          {section && <Authorship write={section} />}
          {section && section.history.length > 0 && (
            <details>
              <Text component="summary" size="sm" c="dimmed" style={{ cursor: 'pointer' }}>
                {t('intake.record.history')} <Ltr>({section.history.length})</Ltr>
              </Text>
              <List size="sm" c="dimmed">
                {section.history.map((h) => (
                  <List.Item key={h.version}>
                    <Authorship write={h} inline />
                  </List.Item>
                ))}
              </List>
            </details>
          )}
          {kind === 'health' && (
            <Text size="sm" c="dimmed">
              {t('intake.record.healthNote')}
            </Text>
          )}
          {canWrite && (
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => setEditing(true)}
                aria-label={t('intake.record.editSection', { section: t(`intake.record.kinds.${kind}`) })}
              >
                {section ? t('common.edit') : t('intake.record.write')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </SectionFrame>
  );
}

/** "Written by … at …": the person themself, or the writer's organisation. */
function Authorship({
  write,
  inline = false,
}: {
  write: { writtenByParticipant: boolean; writtenByOrganisationName: string | null; writtenAt: string };
  inline?: boolean;
}) {
  const { t } = useTranslation();
  const text = (
    <>
      {t('intake.record.writtenBy', {
        author: write.writtenByParticipant ? t('intake.record.byPerson') : (write.writtenByOrganisationName ?? t('common.notStated')),
      })}{' '}
      <span style={{ whiteSpace: 'nowrap' }}>
        <Ltr>{formatDateTime(write.writtenAt)}</Ltr>
      </span>
    </>
  );
  if (inline) return text;
  return (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  );
}

const years = (from: number | null, to: number | null) => (from || to ? `${from ?? ''}–${to ?? ''}` : '');

/**
 * The parts of an entry joined by a dot, each isolated: a Swedish place name next to an Arabic level would otherwise
 * be reordered by the bidi algorithm. Empty parts are left out, so no dot stands alone.
 */
function Parts({ parts }: { parts: (string | null)[] }) {
  return (
    <>
      {parts
        .filter((part): part is string => Boolean(part))
        .map((part, i) => (
          <Fragment key={i}>
            {i > 0 && ' · '}
            <bdi>{part}</bdi>
          </Fragment>
        ))}
    </>
  );
}

function SectionContentView({ kind, content }: { kind: SectionKind; content: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  if (kind === 'education')
    return (
      <List>
        {(content.entries as EducationEntry[]).map((e, i) => (
          <List.Item key={i}>
            <Parts
              parts={[
                t(`intake.record.levels.${e.level}`),
                e.field,
                e.country,
                years(e.fromYear, e.toYear),
                t(`intake.record.validations.${e.validation}`),
              ]}
            />
          </List.Item>
        ))}
      </List>
    );
  if (kind === 'work_experience')
    return (
      <List>
        {(content.entries as WorkEntry[]).map((e, i) => (
          <List.Item key={i}>
            <Parts parts={[e.occupation, e.country, years(e.fromYear, e.toYear)]} />
          </List.Item>
        ))}
      </List>
    );
  if (kind === 'languages')
    return (
      <List>
        {(content.entries as LanguageEntry[]).map((e, i) => (
          <List.Item key={i}>
            {languageName(e.language, i18n.language)} – {t(`intake.record.languageLevels.${e.level}`)}
          </List.Item>
        ))}
      </List>
    );
  if (kind === 'driving_licence') {
    const d = content as unknown as SectionContent['driving_licence'];
    return (
      <Text>
        {d.hasLicence
          ? t('intake.record.licenceYes', { classes: d.classes || '–', country: d.country || '–' })
          : t('intake.record.licenceNo')}
      </Text>
    );
  }
  // Written in whatever language the writer used: its own direction, also inside an Arabic page.
  return (
    <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
      {String(content.text ?? '')}
    </Text>
  );
}
