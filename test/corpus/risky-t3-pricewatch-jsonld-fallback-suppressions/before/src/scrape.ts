import puppeteer, { type Browser } from 'puppeteer';

export interface PriceResult {
  url: string;
  price: number | null;
  currency: string | null;
  checkedAt: string;
}

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ headless: true });
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

export function parsePrice(text: string): { price: number; currency: string } | null {
  const match = text.replace(/\s/g, '').match(/([$€£])([\d.,]+)/);
  if (!match) return null;
  const [, symbol = '', amount = ''] = match;
  const decimalComma = amount.includes(',') && !amount.includes('.');
  const normalized = decimalComma ? amount.replace(',', '.') : amount.replace(/,/g, '');
  const price = Number.parseFloat(normalized);
  if (Number.isNaN(price)) return null;
  return { price, currency: SYMBOLS[symbol] ?? 'USD' };
}

export async function checkPrice(browser: Browser, url: string, selector: string): Promise<PriceResult> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const text = await page.$eval(selector, (el) => el.textContent ?? '');
    const parsed = parsePrice(text);
    return {
      url,
      price: parsed?.price ?? null,
      currency: parsed?.currency ?? null,
      checkedAt: new Date().toISOString(),
    };
  } finally {
    await page.close();
  }
}
