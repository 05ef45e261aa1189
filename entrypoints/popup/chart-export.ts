import type { ChartExport, ExportAction } from '../../components/charts/ChartPanel';
import { copyText } from './stored';

/** The PNG is twice the SVG's size: sharp in print and on high-density screens. */
export const PNG_SCALE = 2;

/**
 * SVG → PNG in this page: an <img> from a data: URL drawn on a canvas. No network, no worker, no WebAssembly:
 * what MV3's policy allows in an extension page. The SVG names no external resource, so the canvas stays clean.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
  const image = new Image(width, height);
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the SVG did not load as an image'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
  );
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL only has to outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads and clipboard for the chart panel; false when the browser refused. */
export async function exportChart(action: ExportAction, chart: ChartExport): Promise<boolean> {
  try {
    switch (action) {
      case 'svg':
        download(new Blob([chart.svg], { type: 'image/svg+xml' }), `${chart.basename}.svg`);
        return true;
      case 'png':
        download(await svgToPng(chart.svg, chart.width, chart.height), `${chart.basename}.png`);
        return true;
      case 'html':
        return await copyText(chart.html);
      case 'image':
        // The promise goes in the item so the clipboard write stays inside the click's user activation.
        await navigator.clipboard.write([
          new ClipboardItem({ 'image/png': svgToPng(chart.svg, chart.width, chart.height) }),
        ]);
        return true;
    }
  } catch {
    return false;
  }
}
