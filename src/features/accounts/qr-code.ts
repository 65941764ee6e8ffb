import QRCode from 'qrcode';

/**
 * A QR code as an SVG document, to be placed in the page as it is: it is drawn with paths and
 * presentation attributes only (no scripts, no style attributes), so the CSP allows it.
 */
export async function renderQrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
