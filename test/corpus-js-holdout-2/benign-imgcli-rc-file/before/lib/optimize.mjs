import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

export async function optimizeOne(input, config) {
  await mkdir(config.out, { recursive: true });
  const output = path.join(config.out, path.basename(input).replace(/\.\w+$/, '.webp'));
  await sharp(input)
    .resize({ width: config.width, withoutEnlargement: true })
    .webp({ quality: config.quality })
    .toFile(output);
  const [a, b] = await Promise.all([stat(input), stat(output)]);
  return { input, output, saved: Math.round((1 - b.size / a.size) * 100) };
}

export async function optimizeAll(inputs, config) {
  const results = [];
  for (const input of inputs) {
    results.push(await optimizeOne(input, config));
  }
  return results;
}
