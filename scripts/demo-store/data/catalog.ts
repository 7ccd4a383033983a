/** The whole catalog, in the order products appear in products.json. */
import { denimAndOuterwear } from './catalog-denim-outerwear.js';
import { footwearAndAccessories } from './catalog-footwear-accessories.js';
import { knitwearAndShirts } from './catalog-knitwear-shirts.js';
import type { ProductSpec } from './catalog-types.js';

export const CATALOG: ProductSpec[] = [...knitwearAndShirts, ...denimAndOuterwear, ...footwearAndAccessories];
