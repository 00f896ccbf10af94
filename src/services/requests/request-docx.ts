import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { type RequestDocument } from './request-document';

/** The request as a Word document, for final editing and signature. */
export async function renderDocx(doc: RequestDocument): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(doc.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: doc.subtitle, italics: true })] }),
  ];
  for (const banner of doc.banners) {
    children.push(new Paragraph({
      alignment: AlignmentType.CENTER, spacing: { after: 120 },
      border: { top: { style: 'single', size: 8, color: '000000', space: 4 }, bottom: { style: 'single', size: 8, color: '000000', space: 4 } },
      children: [new TextRun({ text: banner, bold: true })],
    }));
  }
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, children: [new TextRun(section.heading)] }));
    for (const block of section.blocks) {
      if (block.kind === 'subheading') {
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] }));
      } else if (block.kind === 'field') {
        children.push(new Paragraph({ children: [new TextRun({ text: `${block.label}: `, bold: true }), ...lines(block.text)] }));
      } else {
        children.push(new Paragraph({ children: lines(block.text) }));
      }
    }
  }
  children.push(new Paragraph({ spacing: { before: 480 }, children: [] }));
  for (const line of doc.closing) children.push(new Paragraph({ spacing: { after: 240 }, children: [new TextRun(line)] }));
  children.push(new Paragraph({ children: [new TextRun({ text: doc.footer, italics: true, size: 16 })] }));
  const document = new Document({
    creator: 'Organized crime law portal',
    title: doc.title,
    description: doc.subtitle,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** Line breaks of a text kept as breaks within its paragraph. */
function lines(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}
