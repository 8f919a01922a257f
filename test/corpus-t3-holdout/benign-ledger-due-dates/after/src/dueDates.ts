const DAY_MS = 86_400_000;

export interface Invoice {
  id: string;
  issuedAt: Date;
  netDays: number;
}

export function dueDate(invoice: Invoice): Date {
  return new Date(invoice.issuedAt.getTime() + invoice.netDays * DAY_MS);
}

/** Days until the invoice is due; negative once it is overdue. */
export function daysUntilDue(invoice: Invoice, now: Date = new Date()): number {
  return Math.ceil((dueDate(invoice).getTime() - now.getTime()) / DAY_MS);
}

export function isOverdue(invoice: Invoice, now: Date = new Date()): boolean {
  return now > dueDate(invoice);
}

export function fiscalYear(date: Date, startMonth = 6): number {
  // fiscal year starts in July (month index 6) and is named after the year it ends in
  return date.getMonth() >= startMonth ? date.getFullYear() + 1 : date.getFullYear();
}

export function copyrightLine(): string {
  return "© 2019-" + new Date().getFullYear() + " Acme Ledger";
}
