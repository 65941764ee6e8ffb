// The demo updates' photos, drawn rather than photographed (simple shapes turned into JPEGs with
// sharp), so the demo carries no real person's image and no place anyone could recognise.
import sharp from 'sharp';

/** The pictures the demo's updates use. */
export type UpdatePicture = 'swimming' | 'baking' | 'card';

const frame = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900" viewBox="0 0 1200 900">${body}</svg>`;

// A pool seen from the side: lanes, a float and a swimming cap with goggles.
function swimming(): string {
  const lanes = [0, 1, 2, 3, 4]
    .map(
      (lane) =>
        `<path d="M0 ${330 + lane * 120} H1200" stroke="${lane % 2 ? '#f2b134' : '#d6453d'}" stroke-width="10" stroke-dasharray="30 20"/>`,
    )
    .join('');
  return frame(`
    <rect width="1200" height="900" fill="#e8f4fb"/>
    <rect y="260" width="1200" height="640" fill="#3a9bd5"/>
    ${lanes}
    <path d="M0 270 q50 -25 100 0 t100 0 t100 0 t100 0 t100 0 t100 0 t100 0 t100 0 t100 0 t100 0 t100 0 t100 0" fill="none" stroke="#bfe6fa" stroke-width="12"/>
    <rect x="760" y="520" width="260" height="90" rx="40" fill="#f7d046"/>
    <ellipse cx="420" cy="600" rx="150" ry="110" fill="#e0475b"/>
    <rect x="270" y="610" width="300" height="40" fill="#3a9bd5"/>
    <circle cx="360" cy="585" r="34" fill="#bde3f5" stroke="#222" stroke-width="10"/>
    <circle cx="480" cy="585" r="34" fill="#bde3f5" stroke="#222" stroke-width="10"/>
    <path d="M394 585 h52" stroke="#222" stroke-width="10"/>`);
}

// A tray of iced cupcakes on a kitchen table.
function baking(): string {
  const cakes = [0, 1, 2, 3, 4, 5]
    .map((index) => {
      const x = 240 + (index % 3) * 260;
      const y = 360 + Math.floor(index / 3) * 240;
      const icing = ['#f7c6d3', '#fff3c4', '#c9e7d8'][index % 3];
      return `<path d="M${x - 80} ${y} h160 l-24 120 h-112Z" fill="#d99a5b"/>
        <path d="M${x - 90} ${y} q10 -90 90 -95 q80 5 90 95Z" fill="${icing}"/>
        <circle cx="${x}" cy="${y - 100}" r="16" fill="#d6453d"/>`;
    })
    .join('');
  return frame(`
    <rect width="1200" height="900" fill="#f6ead8"/>
    <rect y="620" width="1200" height="280" fill="#c98f5a"/>
    <rect x="110" y="230" width="980" height="560" rx="30" fill="#b9bcc2"/>
    <rect x="140" y="260" width="920" height="500" rx="20" fill="#d5d8dd"/>
    ${cakes}`);
}

// A folded card with a heart, a balloon and stars drawn on it.
function card(): string {
  return frame(`
    <rect width="1200" height="900" fill="#fdf3e7"/>
    <path d="M300 160 L600 210 L600 800 L300 750Z" fill="#e8d9f5"/>
    <path d="M600 210 L900 160 L900 750 L600 800Z" fill="#fff"/>
    <path d="M750 420 c-60 -80 -170 -10 -110 80 l110 110 l110 -110 c60 -90 -50 -160 -110 -80Z" fill="#e0475b"/>
    <ellipse cx="700" cy="300" rx="45" ry="58" fill="#4a7fd1"/>
    <path d="M700 358 q-20 60 10 120" fill="none" stroke="#555" stroke-width="4"/>
    <path d="M820 260 l12 28 l30 2 l-23 19 l8 29 l-27 -16 l-27 16 l8 -29 l-23 -19 l30 -2Z" fill="#f2b134"/>
    <path d="M660 660 l9 20 l22 2 l-17 14 l6 21 l-20 -12 l-20 12 l6 -21 l-17 -14 l22 -2Z" fill="#3aa17e"/>`);
}

const DRAWINGS: Record<UpdatePicture, () => string> = { swimming, baking, card };

/** A demo picture as a JPEG, ready to be stored like any upload. */
export async function drawUpdatePicture(picture: UpdatePicture): Promise<Buffer> {
  return sharp(Buffer.from(DRAWINGS[picture]())).jpeg({ quality: 82 }).toBuffer();
}
