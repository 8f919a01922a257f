import PDFDocument from 'pdfkit';
import { Invoice, subtotal, total } from './invoice';
import { formatMoney } from './money';

export function renderInvoicePdf(invoice: Invoice): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 48 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.fontSize(18).text(`Invoice ${invoice.id}`);
    doc.moveDown();
    for (const item of invoice.items) {
      doc.fontSize(11).text(`${item.quantity} x ${item.description} @ ${formatMoney(item.unitPrice)}`);
    }
    doc.moveDown();
    doc.text(`Subtotal: ${formatMoney(subtotal(invoice))}`);
    doc.text(`Total: ${formatMoney(total(invoice))}`);
    doc.end();
  });
}
