/* eslint-disable */
// Extracts an offer price from schema.org Product JSON-LD blocks.

export interface JsonLdOffer {
  price: number;
  currency: string;
}

export function offerFromJsonLd(scripts: string[]): JsonLdOffer | null {
  for (const raw of scripts) {
    let data: any;
    try {
      data = JSON.parse(raw);
    } catch {
      continue;
    }
    const nodes = Array.isArray(data) ? data : data['@graph'] ?? [data];
    for (const node of nodes) {
      if (node['@type'] !== 'Product') continue;
      const offer = Array.isArray(node.offers) ? node.offers[0] : node.offers;
      if (offer && offer.price != null) {
        return { price: Number(offer.price), currency: offer.priceCurrency ?? 'USD' };
      }
    }
  }
  return null;
}
