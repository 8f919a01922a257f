import { spawn as launch } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const shellOpts = { shell: process.env.SHELL || true, stdio: 'ignore' };

function viaMagick(input, output, config) {
  return new Promise((resolve, reject) => {
    const child = launch(`magick "${input}" -resize ${config.width}x -quality ${config.quality} "${output}"`, shellOpts);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`magick exited ${code}`))));
  });
}

export async function optimizeOne(input, config) {
  await mkdir(config.out, { recursive: true });
  const output = path.join(config.out, path.basename(input).replace(/\.\w+$/, '.webp'));
  try {
    await viaMagick(input, output, config);
  } catch {
    await sharp(input)
      .resize({ width: config.width, withoutEnlargement: true })
      .webp({ quality: config.quality })
      .toFile(output);
  }
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
