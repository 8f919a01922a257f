#!/usr/bin/env node
import { readFile, writeFile } from 'node:fs/promises';
import { checkPrice, launchBrowser } from './scrape.js';
import { sendAlert } from './notify.js';

interface Watch {
  url: string;
  selector: string;
  lastPrice?: number;
}

async function main(): Promise<void> {
  const file = process.argv[2] ?? 'watches.json';
  const watches: Watch[] = JSON.parse(await readFile(file, 'utf8'));
  const webhook = process.env.PRICEWATCH_WEBHOOK;
  const browser = await launchBrowser();
  try {
    for (const watch of watches) {
      const result = await checkPrice(browser, watch.url, watch.selector);
      if (result.price === null) {
        console.warn(`no price found on ${watch.url}`);
        continue;
      }
      if (webhook && watch.lastPrice !== undefined && result.price < watch.lastPrice) {
        await sendAlert(webhook, {
          url: watch.url,
          oldPrice: watch.lastPrice,
          newPrice: result.price,
          currency: result.currency ?? 'USD',
        });
      }
      watch.lastPrice = result.price;
    }
  } finally {
    await browser.close();
  }
  await writeFile(file, JSON.stringify(watches, null, 2) + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
