/**
 * The images of a document: each read once, checked (size, a type browsers show), and named
 * `images/figure-N.<ext>` in document order, so importing the same document gives the same files.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { IMAGE_MAX_BYTES, WEB_IMAGE_TYPES } from '../../model/images';
import type { OutputFile } from '../../model/files';
import { importDiagnostic, placeAt } from '../diagnostics';
import type { DocxImage } from './document';
import type { PlacedImage } from './lines';
import type { Unit } from './units';

export interface ImageResult {
  readonly placed: ReadonlyMap<Unit, PlacedImage>;
  readonly files: readonly OutputFile[];
  readonly diagnostics: readonly Diagnostic[];
}

const EXTENSION_BY_TYPE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(WEB_IMAGE_TYPES).filter(([extension]) => extension !== 'jpeg').map(([extension, type]) => [type, extension]),
);

const TYPE_NAMES: Readonly<Record<string, string>> = {
  'image/x-emf': 'EMF (Windows metafile)', 'image/emf': 'EMF (Windows metafile)',
  'image/x-wmf': 'WMF (Windows metafile)', 'image/wmf': 'WMF (Windows metafile)',
  'image/tiff': 'TIFF', 'image/bmp': 'BMP',
};

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The caption text next to an image, for messages: whatever line after it holds text. */
function near(units: readonly Unit[], index: number): string {
  const caption = [units[index + 1], units[index - 1]].find((unit) => unit?.kind === 'text' && unit.caption !== undefined);
  return caption?.kind === 'text' ? ` ("${caption.plain}")` : '';
}

export async function placeImages(units: readonly Unit[], sourceName: string): Promise<ImageResult> {
  const placed = new Map<Unit, PlacedImage>();
  const files: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let count = 0;
  for (const [index, unit] of units.entries()) {
    if (unit.kind !== 'image') continue;
    const at = placeAt(sourceName, index + 1);
    const image: DocxImage = unit.image;
    const type = (image.contentType ?? '').toLowerCase();
    const extension = EXTENSION_BY_TYPE[type];
    if (!extension) {
      const name = TYPE_NAMES[type] ?? (type || 'an unknown type');
      diagnostics.push(importDiagnostic('import/image-unsupported',
        `The image in paragraph ${index + 1}${near(units, index)} is ${name}, which browsers cannot show; its figure keeps the caption without the image.`,
        'Save the picture as PNG or JPEG (in Word: right-click → Save as Picture…), put it in the course\'s images/ folder and add it inside the figure (docs/course-format.md).', at));
      placed.set(unit, undefined);
      continue;
    }
    const content = await image.readAsBuffer();
    if (content.length > IMAGE_MAX_BYTES) {
      diagnostics.push(importDiagnostic('import/image-too-large',
        `The image in paragraph ${index + 1}${near(units, index)} is ${megabytes(content.length)}; an image may be at most ${megabytes(IMAGE_MAX_BYTES)}.`,
        'Compress the pictures in Word (Picture Format → Compress Pictures, 150 ppi or less) and import again.', at));
      continue;
    }
    count += 1;
    const path = `images/figure-${count}.${extension}`;
    const alt = (image.altText ?? '').trim();
    if (!alt) {
      diagnostics.push(importDiagnostic('import/image-no-alt', `The image in paragraph ${index + 1}${near(units, index)} has no alt text.`,
        'Add alt text in Word (right-click the picture → View Alt Text) before importing, or write it between the brackets of ![…] in the lesson file.', at));
    }
    files.push({ path, content: new Uint8Array(content.buffer, content.byteOffset, content.byteLength) });
    placed.set(unit, { path, alt });
  }
  return { placed, files, diagnostics };
}
