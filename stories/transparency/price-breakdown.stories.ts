import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import 'trust-signals/trust-price-breakdown.js';
import { waitingStory } from './waiting-story.js';

interface Part {
  label: string;
  amount: number;
}
interface Args {
  price?: number | string;
  currency?: string;
  product?: string;
  source?: string;
  date?: string;
  parts?: Part[];
}

const SHIRT: Part[] = [
  { label: 'Materials', amount: 6.5 },
  { label: 'Labour', amount: 9.25 },
  { label: 'Transport', amount: 1.4 },
  { label: 'Duties', amount: 2.85 },
  { label: 'Our margin', amount: 20 },
];

const meta: Meta<Args> = {
  title: 'Transparency/Price breakdown',
  component: 'trust-price-breakdown',
  args: {
    price: 40,
    currency: 'EUR',
    product: 'Organic cotton T-shirt',
    source: 'Factory invoices and freight bills, spring 2025 production run',
    date: '2025-04-01',
    parts: SHIRT,
  },
  argTypes: { parts: { control: 'object' } },
  render: (a) =>
    html`<trust-price-breakdown
      price=${ifDefined(a.price)}
      currency=${ifDefined(a.currency)}
      product=${ifDefined(a.product || undefined)}
      source=${ifDefined(a.source || undefined)}
      date=${ifDefined(a.date || undefined)}
      .parts=${a.parts}
    ></trust-price-breakdown>`,
};
export default meta;
type Story = StoryObj<Args>;

interface PlayContext {
  canvasElement: HTMLElement;
}
const unavailable = async ({ canvasElement }: PlayContext) => {
  const root = canvasElement.querySelector('trust-price-breakdown')!.shadowRoot!;
  await expect(root.querySelector('table')).toBeNull();
  await expect(root.querySelector('[part="unavailable"]')).toBeTruthy();
};

export const Default: Story = {};
export const WithoutProduct: Story = { name: 'Without a product name', args: { product: '' } };
export const Thirds: Story = {
  name: 'Awkward split (thirds add up to 100%)',
  args: {
    price: 30,
    product: 'Gift box',
    parts: [
      { label: 'Contents', amount: 10 },
      { label: 'Packing', amount: 10 },
      { label: 'Our margin', amount: 10 },
    ],
  },
};
export const ManyParts: Story = {
  name: 'Eight parts (patterns and colours combine)',
  args: {
    price: 120,
    currency: 'USD',
    product: 'Leather weekender bag',
    parts: [
      { label: 'Leather', amount: 31 },
      { label: 'Hardware', amount: 6.4 },
      { label: 'Lining', amount: 3.6 },
      { label: 'Labour', amount: 18 },
      { label: 'Transport', amount: 4.5 },
      { label: 'Duties', amount: 7.2 },
      { label: 'Packaging', amount: 1.3 },
      { label: 'Our margin', amount: 48 },
    ],
  },
};
export const FromJson: Story = {
  name: 'Data from a child JSON script',
  render: () =>
    html`<trust-price-breakdown>
      <script type="application/json">
        {
          "price": 1200,
          "currency": "JPY",
          "product": "Single-origin coffee, 200 g",
          "parts": [
            { "label": "Green beans", "amount": 420 },
            { "label": "Roasting", "amount": 180 },
            { "label": "Packaging", "amount": 90 },
            { "label": "Shipping", "amount": 110 },
            { "label": "Our margin", "amount": 400 }
          ],
          "source": "Roastery ledger, May 2025",
          "date": "2025-05-01"
        }
      </script>
    </trust-price-breakdown>`,
};
export const NotSumming: Story = { name: 'Invalid: parts do not add up to the price', args: { price: 42 }, play: unavailable };
export const NegativePart: Story = {
  name: 'Invalid: negative amount',
  args: { parts: [{ label: 'Materials', amount: -6.5 }, ...SHIRT.slice(1)] },
  play: unavailable,
};
export const MissingSource: Story = { name: 'Invalid: no source', args: { source: '' }, play: unavailable };
export const Spanish: Story = {
  globals: { locale: 'es' },
  args: {
    product: 'camiseta de algodón orgánico',
    source: 'Facturas de fábrica y de transporte, producción de primavera de 2025',
    parts: [
      { label: 'Materiales', amount: 6.5 },
      { label: 'Mano de obra', amount: 9.25 },
      { label: 'Transporte', amount: 1.4 },
      { label: 'Aranceles', amount: 2.85 },
      { label: 'Nuestro margen', amount: 20 },
    ],
  },
};
export const German: Story = {
  globals: { locale: 'de' },
  args: {
    product: 'T-Shirt aus Bio-Baumwolle',
    source: 'Rechnungen von Fabrik und Spedition, Frühjahrsproduktion 2025',
    parts: [
      { label: 'Material', amount: 6.5 },
      { label: 'Arbeit', amount: 9.25 },
      { label: 'Transport', amount: 1.4 },
      { label: 'Zölle', amount: 2.85 },
      { label: 'Unsere Marge', amount: 20 },
    ],
  },
};
export const French: Story = {
  globals: { locale: 'fr' },
  args: {
    product: 'T-shirt en coton bio',
    source: 'Factures de l’usine et du transporteur, production du printemps 2025',
    parts: [
      { label: 'Matières', amount: 6.5 },
      { label: 'Main-d’œuvre', amount: 9.25 },
      { label: 'Transport', amount: 1.4 },
      { label: 'Droits de douane', amount: 2.85 },
      { label: 'Notre marge', amount: 20 },
    ],
  },
};
export const Arabic: Story = {
  name: 'Arabic (RTL)',
  globals: { locale: 'ar' },
  args: {
    currency: 'AED',
    product: 'قميص من القطن العضوي',
    source: 'فواتير المصنع والشحن، إنتاج ربيع 2025',
    parts: [
      { label: 'المواد', amount: 6.5 },
      { label: 'العمالة', amount: 9.25 },
      { label: 'النقل', amount: 1.4 },
      { label: 'الرسوم الجمركية', amount: 2.85 },
      { label: 'هامش ربحنا', amount: 20 },
    ],
  },
};
export const Tagalog: Story = {
  globals: { locale: 'tl' },
  args: {
    currency: 'PHP',
    price: 1500,
    product: 'T-shirt na organikong koton',
    source: 'Mga invoice ng pabrika at kargamento, produksyon ng tagsibol 2025',
    parts: [
      { label: 'Materyales', amount: 250 },
      { label: 'Paggawa', amount: 340 },
      { label: 'Transportasyon', amount: 60 },
      { label: 'Buwis sa pag-angkat', amount: 100 },
      { label: 'Aming tubo', amount: 750 },
    ],
  },
};
export const Japanese: Story = {
  globals: { locale: 'ja' },
  args: {
    currency: 'JPY',
    price: 6000,
    product: 'オーガニックコットンTシャツ',
    source: '工場と運送会社の請求書（2025年春の生産分）',
    parts: [
      { label: '素材', amount: 1000 },
      { label: '縫製', amount: 1400 },
      { label: '輸送', amount: 200 },
      { label: '関税', amount: 400 },
      { label: '当社の利益', amount: 3000 },
    ],
  },
};
export const RightToLeft: Story = { name: 'RTL (English text)', globals: { dir: 'rtl' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
export const HighContrastDark: Story = { globals: { theme: 'high-contrast-dark' } };

export const Waiting: Story = waitingStory('trust-price-breakdown', 'What this price is made of: loading…');
