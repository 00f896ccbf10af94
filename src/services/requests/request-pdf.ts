import PDFDocument from 'pdfkit';
import { type RequestDocument } from './request-document';

/**
 * The request as a PDF, to read, print or attach. The standard PDF fonts (Times) are used, so no font file is
 * needed: they cover Western European scripts; text in other scripts is better sent as the .docx.
 */
export function renderPdf(doc: RequestDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 64, left: 64, right: 64 }, info: { Title: doc.title, Subject: doc.subtitle, Creator: 'Organized crime law portal' } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.font('Times-Bold').fontSize(18).text(doc.title, { align: 'center' });
    pdf.moveDown(0.3).font('Times-Italic').fontSize(12).text(doc.subtitle, { align: 'center' });
    pdf.moveDown();
    for (const banner of doc.banners) {
      pdf.font('Times-Bold').fontSize(12).text(banner, { align: 'center' });
      pdf.moveDown(0.3);
    }
    for (const section of doc.sections) {
      pdf.moveDown(0.8).font('Times-Bold').fontSize(14).text(section.heading);
      pdf.moveDown(0.3);
      for (const block of section.blocks) {
        if (block.kind === 'subheading') pdf.moveDown(0.3).font('Times-BoldItalic').fontSize(12).text(block.text);
        else if (block.kind === 'field') pdf.font('Times-Bold').fontSize(11).text(`${block.label}: `, { continued: true }).font('Times-Roman').text(block.text);
        else pdf.font('Times-Roman').fontSize(11).text(block.text, { align: 'justify' });
        pdf.moveDown(0.2);
      }
    }
    pdf.moveDown(2);
    for (const line of doc.closing) pdf.font('Times-Roman').fontSize(11).text(line).moveDown();
    pdf.moveDown().font('Times-Italic').fontSize(8).text(doc.footer);
    pdf.end();
  });
}
