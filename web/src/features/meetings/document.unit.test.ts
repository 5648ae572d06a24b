import { describe, expect, it } from 'vitest';
import { AGENDA_DOCUMENT_MAX_BYTES } from '../../../../common/governance.ts';
import { documentType, fileProblem, fileSize, toBase64 } from './document.ts';

describe('agenda documents', () => {
  it.each([
    [{ name: 'Tjänsteskrivelse.PDF', type: '' }, 'application/pdf'],
    [{ name: 'Förslag.docx', type: 'application/octet-stream' }, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [{ name: 'anteckningar.txt', type: 'text/plain' }, 'text/plain'],
    [{ name: 'utan-ändelse', type: 'application/pdf' }, 'application/pdf'],
    [{ name: 'bild.png', type: 'image/png' }, null],
    [{ name: 'gammal.doc', type: 'application/msword' }, null],
  ])('%j is %s', (file, type) => expect(documentType(file)).toBe(type));

  it.each([
    [null, 'required'],
    [{ name: 'a.pdf', type: '', size: 0 }, 'file_empty'],
    [{ name: 'a.pdf', type: '', size: AGENDA_DOCUMENT_MAX_BYTES + 1 }, 'file_too_large'],
    [{ name: 'a.exe', type: '', size: 10 }, 'file_type'],
    [{ name: 'a.pdf', type: '', size: AGENDA_DOCUMENT_MAX_BYTES }, undefined],
  ])('%j: %s', (file, problem) => expect(fileProblem(file)).toBe(problem));

  it('encodes the bytes as base64, also past one slice', () => {
    expect(toBase64(new TextEncoder().encode('%PDF-1.4\n'))).toBe('JVBERi0xLjQK');
    const large = new Uint8Array(0x8000 * 2 + 3).map((_, n) => n % 251);
    expect(Buffer.from(toBase64(large), 'base64').equals(Buffer.from(large))).toBe(true);
  });

  it('says a size in kilobytes or megabytes', () => {
    expect(fileSize(12, 'sv')).toEqual({ value: '1', unit: 'kb' });
    expect(fileSize(250_000, 'en')).toEqual({ value: '244', unit: 'kb' });
    expect(fileSize(3.5 * 1024 * 1024, 'sv')).toEqual({ value: '3,5', unit: 'mb' });
  });
});
