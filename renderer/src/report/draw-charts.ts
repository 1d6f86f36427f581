import type { ChartSvg } from '../../../word/convert';
import { svgWithFontNames } from '../../../word/convert';

/** Pixels per point of the PNG: 2 × 96 dpi, sharp enough on paper (as the CLI's resvg pictures). */
const SCALE = (96 / 72) * 2;

/**
 * Draws each chart's SVG on a canvas and returns it as PNG: the pictures a
 * Word reader without SVG support shows. The page does it because a worker
 * cannot decode SVG, and the app's CSP lets no WebAssembly rasteriser run.
 */
export function drawCharts(charts: ChartSvg[]): Promise<Uint8Array[]> {
  return Promise.all(charts.map(draw));
}

async function draw({ svg, width, height }: ChartSvg): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svgWithFontNames(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * SCALE);
    canvas.height = Math.round(height * SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas to draw the charts on');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('a chart could not be drawn');
    return new Uint8Array(await png.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
