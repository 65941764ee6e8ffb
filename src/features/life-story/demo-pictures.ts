// The demo's photos, drawn rather than photographed: simple pictures made from shapes and turned
// into JPEGs with sharp, so the demo carries no real person's image.
import sharp from 'sharp';

/** The pictures the demo's stories use. */
export type DemoPicture = 'beach' | 'cake' | 'football' | 'teddy' | 'bike';

const W = 1200;
const H = 900;

const frame = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;

// Waves, sand, a sun, a striped windbreak and a bucket and spade.
function beach(): string {
  return frame(`
    <rect width="1200" height="900" fill="#9fd3f0"/>
    <circle cx="980" cy="170" r="90" fill="#ffd54a"/>
    <rect y="430" width="1200" height="200" fill="#2f7fb8"/>
    <path d="M0 450 q60 -30 120 0 t120 0 t120 0 t120 0 t120 0 t120 0 t120 0 t120 0 t120 0 t120 0 V470 H0Z" fill="#e9f6fc"/>
    <rect y="600" width="1200" height="300" fill="#f1d49a"/>
    <g transform="translate(180 470)">
      <rect width="40" height="230" fill="#d6453d"/><rect x="40" width="40" height="230" fill="#fff"/>
      <rect x="80" width="40" height="230" fill="#d6453d"/><rect x="120" width="40" height="230" fill="#fff"/>
      <rect x="160" width="40" height="230" fill="#d6453d"/>
    </g>
    <path d="M760 690 h110 l-18 110 h-74Z" fill="#e6722e"/>
    <path d="M760 690 q55 -60 110 0" fill="none" stroke="#555" stroke-width="6"/>
    <rect x="905" y="640" width="12" height="150" fill="#7a5230" transform="rotate(15 911 715)"/>
    <path d="M930 780 l40 10 l-12 50 l-40 -10Z" fill="#3d8f5a"/>
    <circle cx="560" cy="720" r="26" fill="#fff" opacity="0.8"/>`);
}

// A two-layer cake with candles and bunting.
function cake(candles = 15): string {
  const flames = Array.from({ length: candles }, (_, index) => {
    const x = 390 + (index * 420) / Math.max(candles - 1, 1);
    return `<rect x="${x - 7}" y="300" width="14" height="80" fill="#6fb3e0"/><ellipse cx="${x}" cy="285" rx="10" ry="18" fill="#ffb020"/>`;
  }).join('');
  return frame(`
    <rect width="1200" height="900" fill="#fbeee0"/>
    <path d="M0 60 Q300 160 600 60 T1200 60" fill="none" stroke="#a0522d" stroke-width="4"/>
    ${[80, 230, 380, 530, 680, 830, 980, 1130]
      .map(
        (x, index) =>
          `<path d="M${x - 40} ${90 + (index % 2) * 10} l40 70 l40 -70Z" fill="${['#e0475b', '#3aa17e', '#f2b134', '#4a7fd1'][index % 4]}"/>`,
      )
      .join('')}
    <rect x="330" y="380" width="540" height="170" rx="20" fill="#f7c6d3"/>
    <rect x="270" y="540" width="660" height="200" rx="24" fill="#e98aa6"/>
    <path d="M330 420 q45 40 90 0 t90 0 t90 0 t90 0 t90 0 t90 0" fill="none" stroke="#fff" stroke-width="18"/>
    <path d="M270 590 q55 45 110 0 t110 0 t110 0 t110 0 t110 0 t110 0" fill="none" stroke="#fff" stroke-width="18"/>
    <ellipse cx="600" cy="760" rx="400" ry="40" fill="#d9d2c5"/>
    ${flames}`);
}

// A pitch seen from the stand, a goal, and a gold trophy at the front.
function football(): string {
  return frame(`
    <rect width="1200" height="900" fill="#bfe3f5"/>
    <rect y="300" width="1200" height="600" fill="#4f9a45"/>
    ${[0, 1, 2, 3, 4, 5].map((index) => `<rect y="${300 + index * 100}" width="1200" height="50" fill="#5aa74f"/>`).join('')}
    <path d="M150 420 H1050" stroke="#fff" stroke-width="8"/>
    <rect x="460" y="250" width="280" height="170" fill="none" stroke="#fff" stroke-width="10"/>
    <path d="M460 250 l40 -30 h200 l40 30" fill="none" stroke="#eee" stroke-width="6"/>
    <circle cx="300" cy="650" r="50" fill="#fff"/>
    <path d="M300 610 l30 22 l-12 35 h-36 l-12 -35Z" fill="#222"/>
    <path d="M740 560 h180 q0 130 -90 150 q-90 -20 -90 -150Z" fill="#e6b422"/>
    <path d="M740 580 q-60 0 -50 50 q10 40 60 40" fill="none" stroke="#e6b422" stroke-width="16"/>
    <path d="M920 580 q60 0 50 50 q-10 40 -60 40" fill="none" stroke="#e6b422" stroke-width="16"/>
    <rect x="810" y="705" width="40" height="60" fill="#c9971a"/>
    <rect x="760" y="765" width="140" height="50" rx="8" fill="#6b4a2b"/>`);
}

// A teddy bear on a soft checked blanket.
function teddy(): string {
  const checks = Array.from(
    { length: 12 },
    (_, index) =>
      `<rect x="${index * 100}" width="50" height="900" fill="#f6d7e2" opacity="0.6"/><rect y="${index * 100}" width="1200" height="50" fill="#f6d7e2" opacity="0.6"/>`,
  ).join('');
  return frame(`
    <rect width="1200" height="900" fill="#fff6f0"/>
    ${checks}
    <circle cx="600" cy="560" r="210" fill="#b7835a"/>
    <circle cx="600" cy="300" r="150" fill="#c08e63"/>
    <circle cx="480" cy="190" r="60" fill="#b7835a"/><circle cx="720" cy="190" r="60" fill="#b7835a"/>
    <circle cx="480" cy="190" r="30" fill="#e7c3a0"/><circle cx="720" cy="190" r="30" fill="#e7c3a0"/>
    <ellipse cx="600" cy="350" rx="60" ry="45" fill="#e7c3a0"/>
    <circle cx="550" cy="280" r="16" fill="#2b1d14"/><circle cx="650" cy="280" r="16" fill="#2b1d14"/>
    <ellipse cx="600" cy="335" rx="18" ry="12" fill="#2b1d14"/>
    <circle cx="410" cy="520" r="75" fill="#c08e63"/><circle cx="790" cy="520" r="75" fill="#c08e63"/>
    <circle cx="480" cy="760" r="80" fill="#c08e63"/><circle cx="720" cy="760" r="80" fill="#c08e63"/>
    <ellipse cx="600" cy="580" rx="110" ry="130" fill="#e7c3a0"/>
    <path d="M560 440 l40 30 l40 -30 l-10 50 h-60Z" fill="#4a7fd1"/>`);
}

// A small bike on a path through a park, with trees and clouds.
function bike(): string {
  return frame(`
    <rect width="1200" height="900" fill="#cfe9f7"/>
    <ellipse cx="250" cy="150" rx="110" ry="45" fill="#fff"/><ellipse cx="850" cy="110" rx="140" ry="50" fill="#fff"/>
    <rect y="480" width="1200" height="420" fill="#7cc26b"/>
    <path d="M0 760 Q600 600 1200 760 V900 H0Z" fill="#d8c6a3"/>
    <rect x="140" y="330" width="30" height="170" fill="#7a5230"/><circle cx="155" cy="300" r="100" fill="#3f8f3a"/>
    <rect x="1010" y="300" width="36" height="200" fill="#7a5230"/><circle cx="1028" cy="260" r="120" fill="#2f7d33"/>
    <g fill="none" stroke="#d6453d" stroke-width="16" stroke-linejoin="round">
      <circle cx="470" cy="700" r="90" stroke="#333"/><circle cx="760" cy="700" r="90" stroke="#333"/>
      <path d="M470 700 L560 560 H700 L760 700 M560 560 L610 700 L700 560"/>
      <path d="M700 560 L690 510 h50"/><path d="M560 560 l-20 -40 h-50"/>
    </g>
    <circle cx="610" cy="700" r="18" fill="#555"/>`);
}

const DRAWINGS: Record<DemoPicture, () => string> = {
  beach,
  cake: () => cake(15),
  football,
  teddy,
  bike,
};

/** A demo picture as a JPEG, ready to be stored like any upload. */
export async function drawDemoPicture(picture: DemoPicture, candles?: number): Promise<Buffer> {
  const svg = picture === 'cake' && candles ? cake(candles) : DRAWINGS[picture]();
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}
