import PDFDocument from 'pdfkit';
import { embeddingLevels, paragraphDirection, visualPieces, type Direction, type Piece } from './bidi.ts';
import { FACE_NAMES, faceName, fontFile, type Face, type Weight } from './fonts.ts';
import { facesOf, isInvisible } from './runs.ts';

/**
 * A small PDF writer over pdfkit for Kitt's documents (the plan, the data export): A4 pages, paragraphs and tables in
 * any of Kitt's languages. Text is split into runs per font face, wrapped on spaces, and each line is put in visual
 * order with the Unicode bidi algorithm, so right-to-left text (Arabic, Persian, Pashto) is right-aligned and the
 * numbers and Latin words inside it come out in reading order; the fonts shape Arabic themselves.
 */

export interface TextStyle {
  size?: number;
  weight?: Weight;
  color?: string;
  /** `auto` for text someone wrote (a goal, a title): its first strong character decides, as dir="auto" does. */
  direction?: Direction | 'auto';
}

export interface Column {
  header: string;
  /** A share of the table's width; the shares are scaled to fill it. */
  width: number;
}

/** One cell: paragraphs under one another. */
export type Cell = { text: string; style?: TextStyle }[];

interface PlacedPiece extends Piece {
  width: number;
  weight: Weight;
}

interface Line {
  pieces: PlacedPiece[];
  width: number;
  ascent: number;
  height: number;
  direction: Direction;
}

/**
 * Text readers (poppler's pdftotext among them) take an ActualText as laid out left to right over its glyphs and then
 * turn right-to-left lines around, so a right-to-left piece's text is given in visual order.
 */
const visualOrder = (logical: string) => [...logical].reverse().join('');

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const FOOTER_SPACE = 28;
const TEXT_COLOR = '#1b1f24';
const BORDER_COLOR = '#b9c2cc';
const HEADER_FILL = '#e9eef3';
const CELL_PADDING = 5;

/** pdfkit's loaded font exposes its metrics only on this internal field. */
type WithFontMetrics = { _font: { ascender: number; descender: number; lineGap: number } };

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly direction: Direction;
  private readonly preferred: Face[];
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private metrics = new Map<string, { ascender: number; descender: number }>();
  y = MARGIN;

  constructor(options: { title: string; language: string; direction: Direction; preferredFaces?: Face[] }) {
    this.direction = options.direction;
    this.preferred = options.preferredFaces ?? [];
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      bufferPages: true,
      lang: options.language,
      displayTitle: true,
      info: { Title: options.title, Creator: 'Kitt', Producer: 'Kitt' },
    });
    for (const face of FACE_NAMES)
      for (const weight of [400, 700] as const) this.doc.registerFont(faceName(face, weight), fontFile(face, weight));
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
  }

  get contentWidth(): number {
    return A4.width - 2 * MARGIN;
  }

  private get bottom(): number {
    return A4.height - MARGIN - FOOTER_SPACE;
  }

  private useFont(face: Face, weight: Weight, size: number) {
    const name = faceName(face, weight);
    this.doc.font(name).fontSize(size);
    let m = this.metrics.get(name);
    if (!m) {
      const font = (this.doc as unknown as WithFontMetrics)._font;
      m = { ascender: font.ascender, descender: font.descender };
      this.metrics.set(name, m);
    }
    return m;
  }

  private width(face: Face, weight: Weight, size: number, text: string): number {
    if (text === '') return 0;
    this.useFont(face, weight, size);
    return this.doc.widthOfString(text, { features: [] });
  }

  /** Width of the logical range [start, end) of a paragraph, run by run. */
  private rangeWidth(text: string, faces: Face[], start: number, end: number, weight: Weight, size: number): number {
    let width = 0;
    let runStart = start;
    for (let i = start + 1; i <= end; i++) {
      if (i === end || faces[i] !== faces[runStart]) {
        const chunk = [...text.slice(runStart, i)].filter((ch) => !isInvisible(ch)).join('');
        width += this.width(faces[runStart]!, weight, size, chunk);
        runStart = i;
      }
    }
    return width;
  }

  /** Wraps a paragraph into lines no wider than `maxWidth`, each in visual order. */
  layout(text: string, maxWidth: number, style: TextStyle = {}): Line[] {
    const size = style.size ?? 10;
    const weight = style.weight ?? 400;
    const clean = text.replace(/\s+/g, ' ').trim();
    const direction = style.direction === 'auto' ? paragraphDirection(clean, this.direction) : (style.direction ?? this.direction);
    if (clean === '') return [];
    const faces = facesOf(clean, this.preferred);
    const levels = embeddingLevels(clean, direction);
    // Break opportunities: after each space; a word wider than the line is broken between characters.
    const breaks: number[] = [];
    for (let i = 0; i < clean.length; i++) if (clean[i] === ' ') breaks.push(i + 1);
    breaks.push(clean.length);
    const lines: [number, number][] = [];
    let start = 0;
    while (start < clean.length) {
      let end = start;
      for (const b of breaks) {
        if (b <= start) continue;
        const trimmed = clean[b - 1] === ' ' ? b - 1 : b;
        if (this.rangeWidth(clean, faces, start, trimmed, weight, size) <= maxWidth) end = b;
        else break;
      }
      if (end === start) {
        // One word wider than the line: as many characters as fit, at least one.
        end = start + 1;
        while (end < clean.length && this.rangeWidth(clean, faces, start, end + 1, weight, size) <= maxWidth) end++;
      }
      lines.push([start, clean[end - 1] === ' ' ? end - 1 : end]);
      start = end;
    }
    return lines.map(([from, to]) => {
      const pieces = visualPieces(clean, levels, faces, from, to).map((p) => ({
        ...p,
        weight,
        width: this.width(p.face, weight, size, p.text),
      }));
      let ascent = 0;
      let descent = 0;
      for (const face of new Set(pieces.map((p) => p.face))) {
        const m = this.useFont(face, weight, size);
        ascent = Math.max(ascent, (m.ascender / 1000) * size);
        descent = Math.max(descent, (-m.descender / 1000) * size);
      }
      return {
        pieces,
        width: pieces.reduce((sum, p) => sum + p.width, 0),
        ascent,
        height: ascent + descent + size * 0.15,
        direction,
      };
    });
  }

  /** Draws laid-out lines in the box [x, x + width] from `top`; right-aligned when the paragraph is right to left. */
  private drawLines(lines: Line[], x: number, width: number, top: number, style: TextStyle): number {
    let y = top;
    for (const line of lines) {
      let cursor = line.direction === 'rtl' ? x + width - line.width : x;
      for (const piece of line.pieces) {
        if (piece.text.trim() !== '') {
          this.useFont(piece.face, piece.weight, style.size ?? 10);
          const draw = () =>
            this.doc
              .fillColor(style.color ?? TEXT_COLOR)
              .text(piece.text, cursor, y + line.ascent, { lineBreak: false, features: [], baseline: 'alphabetic' });
          // The Arabic font draws several letters with one skeleton glyph and separate dots, so its glyphs cannot say
          // which letter they are: the piece's text goes along as ActualText for copying and text extraction.
          if (piece.face === 'arabic') this.withActualText(piece.level % 2 === 1 ? visualOrder(piece.logical) : piece.logical, draw);
          else draw();
        }
        cursor += piece.width;
      }
      y += line.height;
    }
    return y - top;
  }

  /**
   * Runs `draw` with its text object wrapped in a marked-content span carrying `actual` as ActualText. The span
   * must sit inside BT/ET, under the matrix the glyphs use, so readers place it where the glyphs are.
   */
  private withActualText(actual: string, draw: () => void) {
    const doc = this.doc as unknown as { addContent: (content: string) => unknown };
    const original = doc.addContent;
    const span = `/Span <</ActualText <FEFF${Buffer.from(actual, 'utf16le').swap16().toString('hex').toUpperCase()}>>> BDC`;
    doc.addContent = function (this: unknown, content: string) {
      if (content === 'ET') original.call(this, 'EMC');
      const result = original.call(this, content);
      if (content === 'BT') original.call(this, span);
      return result;
    };
    try {
      draw();
    } finally {
      doc.addContent = original;
    }
  }

  private heightOf(lines: Line[]): number {
    return lines.reduce((sum, l) => sum + l.height, 0);
  }

  newPage() {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = MARGIN;
  }

  /** Starts a new page unless `height` still fits on this one. */
  keepTogether(height: number) {
    if (this.y + height > this.bottom && this.y > MARGIN) this.newPage();
  }

  space(height: number) {
    this.y += height;
  }

  /** A paragraph across the page, wrapped and broken over pages line by line. */
  paragraph(text: string, style: TextStyle & { after?: number } = {}) {
    for (const line of this.layout(text, this.contentWidth, style)) {
      this.keepTogether(line.height);
      this.y += this.drawLines([line], MARGIN, this.contentWidth, this.y, style);
    }
    this.y += style.after ?? 4;
  }

  heading(text: string, level: 1 | 2 | 3 = 2) {
    const size = level === 1 ? 20 : level === 2 ? 14 : 11.5;
    const lines = this.layout(text, this.contentWidth, { size, weight: 700 });
    // A heading never ends a page: it stays with at least a few lines after it.
    this.keepTogether(this.heightOf(lines) + 40);
    this.y += level === 1 ? 0 : 8;
    this.y += this.drawLines(lines, MARGIN, this.contentWidth, this.y, { size, weight: 700 });
    this.y += level === 1 ? 8 : 4;
  }

  /** A thin rule across the page. */
  rule() {
    this.doc
      .moveTo(MARGIN, this.y)
      .lineTo(A4.width - MARGIN, this.y)
      .lineWidth(0.6)
      .strokeColor(BORDER_COLOR)
      .stroke();
    this.y += 6;
  }

  /**
   * A table with a header row repeated on every page. Columns run from the start side: left to right, or right to
   * left in a right-to-left document. A row is never split over two pages.
   */
  table(columns: Column[], rows: Cell[][], options: { size?: number } = {}) {
    const size = options.size ?? 9;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.contentWidth);
    // x of each column's left edge, from the start side.
    const lefts: number[] = [];
    let edge = this.direction === 'rtl' ? A4.width - MARGIN : MARGIN;
    for (const w of widths) {
      if (this.direction === 'rtl') {
        edge -= w;
        lefts.push(edge);
      } else {
        lefts.push(edge);
        edge += w;
      }
    }
    const layoutRow = (cells: Cell[]) =>
      cells.map((cell, i) =>
        cell.map((p) => ({ style: { size, ...p.style }, lines: this.layout(p.text, widths[i]! - 2 * CELL_PADDING, { size, ...p.style }) })),
      );
    const rowHeight = (laid: ReturnType<typeof layoutRow>) =>
      Math.max(...laid.map((paras) => paras.reduce((sum, p) => sum + this.heightOf(p.lines) + 2, 0))) + 2 * CELL_PADDING;
    const drawRow = (laid: ReturnType<typeof layoutRow>, height: number, fill: string | null) => {
      laid.forEach((paras, i) => {
        const x = lefts[i]!;
        if (fill) this.doc.rect(x, this.y, widths[i]!, height).fill(fill);
        this.doc.rect(x, this.y, widths[i]!, height).lineWidth(0.5).strokeColor(BORDER_COLOR).stroke();
        let y = this.y + CELL_PADDING;
        for (const p of paras) y += this.drawLines(p.lines, x + CELL_PADDING, widths[i]! - 2 * CELL_PADDING, y, p.style) + 2;
      });
      this.y += height;
    };
    const header = layoutRow(columns.map((c) => [{ text: c.header, style: { weight: 700 as const } }]));
    const headerHeight = rowHeight(header);
    for (const [index, cells] of rows.entries()) {
      const laid = layoutRow(cells);
      const height = rowHeight(laid);
      const newPage = this.y + height > this.bottom;
      if (newPage || index === 0) {
        if (this.y + headerHeight + height > this.bottom) this.newPage();
        drawRow(header, headerHeight, HEADER_FILL);
      }
      drawRow(laid, height, null);
    }
    this.y += 8;
  }

  /** Writes `text(page, pages)` at the foot of every page, then ends the document. */
  async finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const style = { size: 8, color: '#4a5562' };
      const lines = this.layout(footer(i + 1, range.count), this.contentWidth, style);
      this.drawLines(lines, MARGIN, this.contentWidth, A4.height - MARGIN - 10, style);
    }
    this.doc.end();
    return this.done;
  }
}
