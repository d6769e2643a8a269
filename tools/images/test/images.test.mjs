import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processImage, shareCard, widthsFor } from '../src/images.mjs';

// The Storybook placeholder photo, 1200 × 800 JPEG, made for this kit.
const photo = fileURLToPath(
  new URL('../../../apps/storybook/public/images/test-photo.jpg', import.meta.url),
);
let outDir;
let processed;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'iom-images-'));
  processed = await processImage(photo, { outDir, publicPath: '/images/' });
}, 60_000);
afterAll(() => rm(outDir, { recursive: true, force: true }));

const fileOf = (src) => join(outDir, src.replace('/images/', ''));

describe('processImage', () => {
  it('reads the width and height from the file', () => {
    expect(processed.original).toEqual({ width: 1200, height: 800, type: 'image/jpeg' });
    expect([processed.width, processed.height]).toEqual([1200, 800]);
    expect(processed.src).toMatch(/^\/images\/test-photo-[0-9a-f]{10}-1200\.jpg$/);
  });

  it('makes AVIF and WebP at every width, and the original format too', async () => {
    expect(processed.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    for (const { type, variants } of [
      ...processed.sources,
      { type: 'image/jpeg', variants: processed.variants },
    ]) {
      expect(variants.map((variant) => variant.width)).toEqual([480, 960, 1200]);
      for (const variant of variants) {
        const metadata = await sharp(fileOf(variant.src)).metadata();
        expect(metadata.width).toBe(variant.width);
        expect(metadata.height).toBe(Math.round((variant.width * 800) / 1200));
        // sharp names AVIF files 'heif' (the container) with AV1 compression.
        const format = { 'image/avif': 'heif', 'image/webp': 'webp', 'image/jpeg': 'jpeg' }[type];
        expect(metadata.format).toBe(format);
      }
    }
  });

  it('makes modern formats smaller than the original at the same width', async () => {
    const sizeOf = async (src) => (await stat(fileOf(src))).size;
    const [avif, webp] = processed.sources.map((source) => source.variants.at(-1).src);
    expect(await sizeOf(avif)).toBeLessThan(await sizeOf(processed.src));
    expect(await sizeOf(webp)).toBeLessThan(await sizeOf(processed.src));
  });

  it('gives a small blurred placeholder inline', async () => {
    const [, base64] = processed.placeholder.split('data:image/webp;base64,');
    const bytes = Buffer.from(base64, 'base64');
    expect(bytes.length).toBeLessThan(1000);
    const metadata = await sharp(bytes).metadata();
    expect([metadata.width, metadata.height]).toEqual([16, 11]);
  });

  it('reuses the files an earlier run made', async () => {
    const before = await Promise.all(
      (await readdir(outDir)).map(async (name) => [name, (await stat(join(outDir, name))).mtimeMs]),
    );
    const again = await processImage(photo, { outDir, publicPath: '/images' });
    expect(again).toEqual(processed);
    const after = await Promise.all(
      (await readdir(outDir)).map(async (name) => [name, (await stat(join(outDir, name))).mtimeMs]),
    );
    expect(after).toEqual(before);
  });

  it('never enlarges a small image, and reads a PNG illustration as PNG', async () => {
    const png = join(outDir, 'illustration.png');
    await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#0033a0' },
    })
      .png()
      .toFile(png);
    const small = await processImage(png, { outDir: join(outDir, 'small'), publicPath: '/i' });
    expect(small.variants.map((variant) => variant.width)).toEqual([300]);
    expect(small.original.type).toBe('image/png');
    expect(small.src).toMatch(/\.png$/);
  });

  it('says which file is not an image', async () => {
    const text = join(outDir, 'notes.jpg');
    await writeFile(text, 'not a photo');
    await expect(processImage(text, { outDir, publicPath: '/images' })).rejects.toThrow(
      /notes\.jpg: not an image sharp can read/,
    );
  });
});

describe('widthsFor', () => {
  it('keeps widths below the image and adds its own, up to the widest', () => {
    expect(widthsFor(1200)).toEqual([480, 960, 1200]);
    expect(widthsFor(4000)).toEqual([480, 960, 1440]);
    expect(widthsFor(960)).toEqual([480, 960]);
    expect(widthsFor(200)).toEqual([200]);
  });
});

describe('shareCard', () => {
  it('draws a 1200 × 630 PNG in the colour given', async () => {
    const file = join(outDir, 'cards', 'share.png');
    expect(await shareCard(file, { color: '#0033a0' })).toEqual({ width: 1200, height: 630 });
    const image = sharp(file);
    const metadata = await image.metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
    const { data } = await image.extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({
      resolveWithObject: true,
    });
    expect([...data.subarray(0, 3)]).toEqual([0x00, 0x33, 0xa0]);
  });
});
