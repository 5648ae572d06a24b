import { useId, useState } from 'react';
import { Alert, Input, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/format.ts';
import { isolateLtr, isolateText } from '../../../ui/Ltr.tsx';
import type { AgendaItem, Meeting } from '../api.ts';
import { ACCEPTED_FILES, documentType, fileProblem, toBase64 } from '../document.ts';
import { serverProblems } from '../forms.ts';
import { useAttachDocument } from '../hooks.ts';
import { FormDialog } from './FormDialog.tsx';

/**
 * Sends a document out with an agenda item: a PDF, Word or text file of at most 5 MB. Once the deadline for the
 * meeting's material has passed, the form says that the document will count as sent late.
 */
export function DocumentFormModal({ meeting, item, onClose }: { meeting: Meeting; item: AgendaItem; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useAttachDocument(item.id);
  const [file, setFile] = useState<File | null>(null);
  const [tried, setTried] = useState(false);
  const id = useId();
  const problem = (tried ? fileProblem(file) : undefined) ?? serverProblems(save.error).file;
  const late = today() > meeting.materialDeadline;

  async function submit() {
    setTried(true);
    if (fileProblem(file) || !file) return;
    const contentBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
    save.mutate({ fileName: file.name, mediaType: documentType(file)!, contentBase64 }, { onSuccess: onClose });
  }

  return (
    <FormDialog
      title={t('meetings.documentForm.title')}
      saveLabel={t('meetings.documentForm.save')}
      save={save}
      onClose={onClose}
      onSubmit={() => void submit()}
      error={problem ? null : save.error}
    >
      <Text size="sm">{t('meetings.documentForm.for', { title: isolateText(item.title) })}</Text>
      {late && (
        <Alert color="orange" variant="light">
          {t('meetings.documentForm.late', { date: isolateLtr(meeting.materialDeadline) })}
        </Alert>
      )}
      <Input.Wrapper
        id={id}
        label={t('meetings.documentForm.file')}
        description={t('meetings.documentForm.fileHint')}
        required
        error={problem && t(`meetings.problems.${problem}`)}
      >
        <input
          id={id}
          type="file"
          accept={ACCEPTED_FILES}
          required
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-description${problem ? ` ${id}-error` : ''}`}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          style={{ display: 'block', marginBlockStart: 4, maxWidth: '100%' }}
        />
      </Input.Wrapper>
    </FormDialog>
  );
}
