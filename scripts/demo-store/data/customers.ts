/**
 * Customers of the demo store. All people, addresses and phone numbers are fictional: e-mails use
 * example.com/.org/.net, North American numbers the 555-01xx range, UK numbers Ofcom's drama range,
 * Australian numbers ACMA's fictional 0491 570 range, French numbers ARCEP's 06 39 98 range, and other
 * countries a 555 block.
 * Marketplace buyers appear with the relay addresses the marketplaces hand to sellers.
 */

export interface CustomerSpec {
  key: string;
  email: string;
  first: string;
  last: string;
  locale: string;
  country: string;
  timezone: string;
  tags: string[];
  phone: string;
  /** Local time in the customer's zone when the account was created. */
  createdAt: string;
  marketing: boolean;
  address: { address1: string; address2?: string; city: string; zip: string; province?: string };
  channel: 'shopify' | 'amazon' | 'tiktok' | 'ebay';
  market: string;
}

const c = (spec: CustomerSpec): CustomerSpec => spec;

export const CUSTOMERS: CustomerSpec[] = [
  // United States – online store
  c({ key: 'rachel', email: 'rachel.kim@example.com', first: 'Rachel', last: 'Kim', locale: 'en', country: 'US', timezone: 'America/Los_Angeles', tags: ['vip', 'newsletter'], phone: '+1 206-555-0131', createdAt: '2024-10-02 19:14', marketing: true, address: { address1: '4418 Fremont Ave N', city: 'Seattle', zip: '98103', province: 'WA' }, channel: 'shopify', market: 'US' }),
  c({ key: 'tom', email: 'tom.whitfield@example.net', first: 'Tom', last: 'Whitfield', locale: 'en', country: 'US', timezone: 'America/Chicago', tags: ['newsletter'], phone: '+1 512-555-0176', createdAt: '2025-11-28 08:40', marketing: true, address: { address1: '1907 S 1st St', city: 'Austin', zip: '78704', province: 'TX' }, channel: 'shopify', market: 'US' }),
  c({ key: 'carmen', email: 'carmen.delgado@example.com', first: 'Carmen', last: 'Delgado', locale: 'es', country: 'US', timezone: 'America/New_York', tags: ['newsletter'], phone: '+1 305-555-0124', createdAt: '2025-03-17 21:05', marketing: true, address: { address1: '2150 SW 8th St', address2: 'Apt 4B', city: 'Miami', zip: '33135', province: 'FL' }, channel: 'shopify', market: 'US' }),
  c({ key: 'diego', email: 'diego.fuentes@example.org', first: 'Diego', last: 'Fuentes', locale: 'es', country: 'US', timezone: 'America/Los_Angeles', tags: [], phone: '+1 213-555-0158', createdAt: '2026-09-18 12:02', marketing: false, address: { address1: '1523 Sunset Blvd', city: 'Los Angeles', zip: '90026', province: 'CA' }, channel: 'shopify', market: 'US' }),
  c({ key: 'lina', email: 'lina.zhou@example.com', first: 'Lina', last: 'Zhou', locale: 'zh-CN', country: 'US', timezone: 'America/Los_Angeles', tags: ['vip'], phone: '+1 415-555-0183', createdAt: '2025-01-09 10:30', marketing: false, address: { address1: '1840 Irving St', city: 'San Francisco', zip: '94122', province: 'CA' }, channel: 'shopify', market: 'US' }),
  c({ key: 'mathilde', email: 'mathilde.roy@example.net', first: 'Mathilde', last: 'Roy', locale: 'fr', country: 'US', timezone: 'America/Chicago', tags: ['newsletter'], phone: '+1 312-555-0149', createdAt: '2026-02-11 18:22', marketing: true, address: { address1: '2230 N Lincoln Ave', address2: 'Unit 3', city: 'Chicago', zip: '60614', province: 'IL' }, channel: 'shopify', market: 'US' }),
  c({ key: 'jordan', email: 'jordan.ellis@example.com', first: 'Jordan', last: 'Ellis', locale: 'en', country: 'US', timezone: 'America/Denver', tags: ['newsletter'], phone: '+1 303-555-0112', createdAt: '2026-11-12 13:02', marketing: true, address: { address1: '1130 E 7th Ave', city: 'Denver', zip: '80218', province: 'CO' }, channel: 'shopify', market: 'US' }),
  c({ key: 'aisha', email: 'aisha.williams@example.org', first: 'Aisha', last: 'Williams', locale: 'en', country: 'US', timezone: 'America/New_York', tags: [], phone: '+1 404-555-0167', createdAt: '2026-10-09 14:55', marketing: false, address: { address1: '412 Moreland Ave NE', city: 'Atlanta', zip: '30307', province: 'GA' }, channel: 'shopify', market: 'US' }),
  c({ key: 'ben', email: 'ben.okafor@example.com', first: 'Ben', last: 'Okafor', locale: 'en', country: 'US', timezone: 'America/Los_Angeles', tags: ['newsletter'], phone: '+1 503-555-0195', createdAt: '2026-10-28 09:12', marketing: true, address: { address1: '3301 SE Belmont St', city: 'Portland', zip: '97214', province: 'OR' }, channel: 'shopify', market: 'US' }),
  c({ key: 'hao', email: 'hao.wang@example.net', first: 'Hao', last: 'Wang', locale: 'zh-CN', country: 'US', timezone: 'America/Phoenix', tags: [], phone: '+1 480-555-0138', createdAt: '2026-08-30 20:18', marketing: false, address: { address1: '820 S Mill Ave', address2: 'Apt 12', city: 'Tempe', zip: '85281', province: 'AZ' }, channel: 'shopify', market: 'US' }),
  // Canada
  c({ key: 'emilie', email: 'emilie.gagnon@example.com', first: 'Émilie', last: 'Gagnon', locale: 'fr', country: 'CA', timezone: 'America/Toronto', tags: ['newsletter'], phone: '+1 514-555-0163', createdAt: '2025-09-30 20:47', marketing: true, address: { address1: '5240 boulevard Saint-Laurent', city: 'Montréal', zip: 'H2T 1S1', province: 'QC' }, channel: 'shopify', market: 'CA' }),
  c({ key: 'ryan', email: 'ryan.oneill@example.net', first: 'Ryan', last: "O'Neill", locale: 'en', country: 'CA', timezone: 'America/Toronto', tags: [], phone: '+1 416-555-0190', createdAt: '2026-10-30 13:20', marketing: false, address: { address1: '882 Queen St W', city: 'Toronto', zip: 'M6J 1G3', province: 'ON' }, channel: 'shopify', market: 'CA' }),
  // United Kingdom
  c({ key: 'harriet', email: 'harriet.lowe@example.com', first: 'Harriet', last: 'Lowe', locale: 'en', country: 'GB', timezone: 'Europe/London', tags: ['vip', 'newsletter'], phone: '+44 7700 900214', createdAt: '2024-12-01 21:33', marketing: true, address: { address1: '41 Orford Road', city: 'London', zip: 'E17 9NJ' }, channel: 'shopify', market: 'UK' }),
  c({ key: 'sam', email: 'sam.patel@example.org', first: 'Sam', last: 'Patel', locale: 'en', country: 'GB', timezone: 'Europe/London', tags: [], phone: '+44 7700 900538', createdAt: '2026-06-14 11:08', marketing: false, address: { address1: '17 Burton Road', city: 'Manchester', zip: 'M20 2GT' }, channel: 'shopify', market: 'UK' }),
  c({ key: 'fiona', email: 'fiona.macleod@example.net', first: 'Fiona', last: 'MacLeod', locale: 'en', country: 'GB', timezone: 'Europe/London', tags: ['newsletter'], phone: '+44 7700 900871', createdAt: '2026-09-02 07:55', marketing: true, address: { address1: '22 Great Junction Street', address2: 'Flat 3/1', city: 'Edinburgh', zip: 'EH6 5LA' }, channel: 'shopify', market: 'UK' }),
  // Germany
  c({ key: 'jana', email: 'jana.krueger@example.com', first: 'Jana', last: 'Krüger', locale: 'de', country: 'DE', timezone: 'Europe/Berlin', tags: ['newsletter'], phone: '+49 151 55501247', createdAt: '2025-05-20 16:10', marketing: true, address: { address1: 'Bahrenfelder Straße 112', city: 'Hamburg', zip: '22765', province: 'HH' }, channel: 'shopify', market: 'DE' }),
  c({ key: 'tobias', email: 'tobias.hartmann@example.net', first: 'Tobias', last: 'Hartmann', locale: 'de', country: 'DE', timezone: 'Europe/Berlin', tags: ['vip'], phone: '+49 151 55503861', createdAt: '2024-09-12 12:00', marketing: false, address: { address1: 'Pariser Straße 14', city: 'München', zip: '81667', province: 'BY' }, channel: 'shopify', market: 'DE' }),
  // France
  c({ key: 'lea', email: 'lea.fontaine@example.com', first: 'Léa', last: 'Fontaine', locale: 'fr', country: 'FR', timezone: 'Europe/Paris', tags: ['newsletter'], phone: '+33 6 39 98 12 48', createdAt: '2026-01-22 22:14', marketing: true, address: { address1: '27 rue Dumenge', city: 'Lyon', zip: '69004' }, channel: 'shopify', market: 'FR' }),
  c({ key: 'hugo', email: 'hugo.marchand@example.org', first: 'Hugo', last: 'Marchand', locale: 'fr', country: 'FR', timezone: 'Europe/Paris', tags: [], phone: '+33 6 39 98 73 09', createdAt: '2026-10-03 09:37', marketing: false, address: { address1: '63 rue Oberkampf', address2: 'Bâtiment B, 4e étage', city: 'Paris', zip: '75011' }, channel: 'shopify', market: 'FR' }),
  // Spain
  c({ key: 'lucia', email: 'lucia.navarro@example.com', first: 'Lucía', last: 'Navarro', locale: 'es', country: 'ES', timezone: 'Europe/Madrid', tags: [], phone: '+34 600 555 318', createdAt: '2026-11-04 20:25', marketing: false, address: { address1: 'Calle de Embajadores 141', address2: '3º B', city: 'Madrid', zip: '28045', province: 'M' }, channel: 'shopify', market: 'ES' }),
  c({ key: 'pablo', email: 'pablo.ortega@example.net', first: 'Pablo', last: 'Ortega', locale: 'es', country: 'ES', timezone: 'Europe/Madrid', tags: ['newsletter'], phone: '+34 600 555 742', createdAt: '2026-10-28 23:02', marketing: true, address: { address1: 'Carrer de Sueca 38', address2: '2ª', city: 'València', zip: '46006', province: 'V' }, channel: 'shopify', market: 'ES' }),
  // Italy
  c({ key: 'chiara', email: 'chiara.bianchi@example.com', first: 'Chiara', last: 'Bianchi', locale: 'it', country: 'IT', timezone: 'Europe/Rome', tags: ['newsletter'], phone: '+39 333 555 0427', createdAt: '2026-09-24 13:48', marketing: true, address: { address1: 'Via Cadore 29', city: 'Milano', zip: '20135', province: 'MI' }, channel: 'shopify', market: 'IT' }),
  c({ key: 'marco', email: 'marco.esposito@example.org', first: 'Marco', last: 'Esposito', locale: 'it', country: 'IT', timezone: 'Europe/Rome', tags: [], phone: '+39 333 555 0981', createdAt: '2026-11-02 10:16', marketing: false, address: { address1: 'Via Po 18', city: 'Torino', zip: '10124', province: 'TO' }, channel: 'shopify', market: 'IT' }),
  // Portugal
  c({ key: 'ines', email: 'ines.carvalho@example.com', first: 'Inês', last: 'Carvalho', locale: 'pt', country: 'PT', timezone: 'Europe/Lisbon', tags: ['newsletter'], phone: '+351 912 555 604', createdAt: '2026-03-08 19:30', marketing: true, address: { address1: 'Rua da Rosa 84', address2: '2.º Esq.', city: 'Lisboa', zip: '1200-385' }, channel: 'shopify', market: 'PT' }),
  c({ key: 'tiago', email: 'tiago.almeida@example.net', first: 'Tiago', last: 'Almeida', locale: 'pt', country: 'PT', timezone: 'Europe/Lisbon', tags: [], phone: '+351 912 555 287', createdAt: '2026-10-12 21:11', marketing: false, address: { address1: 'Rua de Cedofeita 402', city: 'Porto', zip: '4050-174' }, channel: 'shopify', market: 'PT' }),
  // Netherlands
  c({ key: 'femke', email: 'femke.jansen@example.com', first: 'Femke', last: 'Jansen', locale: 'nl', country: 'NL', timezone: 'Europe/Amsterdam', tags: ['newsletter'], phone: '+31 6 5550 1934', createdAt: '2025-10-19 20:02', marketing: true, address: { address1: 'Nachtegaalstraat 57', city: 'Utrecht', zip: '3581 AD', province: 'UT' }, channel: 'shopify', market: 'NL' }),
  c({ key: 'daan', email: 'daan.visser@example.org', first: 'Daan', last: 'Visser', locale: 'nl', country: 'NL', timezone: 'Europe/Amsterdam', tags: ['vip', 'newsletter'], phone: '+31 6 5550 7726', createdAt: '2024-11-24 15:45', marketing: true, address: { address1: 'Ferdinand Bolstraat 128-2', city: 'Amsterdam', zip: '1072 LN', province: 'NH' }, channel: 'shopify', market: 'NL' }),
  // Japan (names stored in kanji: last name 中村, first name 美咲)
  c({ key: 'misaki', email: 'misaki.nakamura@example.com', first: '美咲', last: '中村', locale: 'ja', country: 'JP', timezone: 'Asia/Tokyo', tags: ['newsletter'], phone: '+81 90-5550-2183', createdAt: '2025-12-05 22:10', marketing: true, address: { address1: '三軒茶屋2-11-8', address2: 'サンハイツ302', city: '世田谷区', zip: '154-0024', province: 'JP-13' }, channel: 'shopify', market: 'JP' }),
  c({ key: 'kenta', email: 'kenta.takahashi@example.net', first: '健太', last: '高橋', locale: 'ja', country: 'JP', timezone: 'Asia/Tokyo', tags: [], phone: '+81 80-5550-6427', createdAt: '2026-10-08 21:36', marketing: false, address: { address1: '中崎西1-4-22', city: '大阪市北区', zip: '530-0015', province: 'JP-27' }, channel: 'shopify', market: 'JP' }),
  // Australia
  c({ key: 'zoe', email: 'zoe.mitchell@example.com', first: 'Zoe', last: 'Mitchell', locale: 'en', country: 'AU', timezone: 'Australia/Melbourne', tags: ['newsletter'], phone: '+61 491 570 158', createdAt: '2025-06-21 09:50', marketing: true, address: { address1: '214 Brunswick St', city: 'Fitzroy', zip: '3065', province: 'VIC' }, channel: 'shopify', market: 'AU' }),
  c({ key: 'noah', email: 'noah.fraser@example.net', first: 'Noah', last: 'Fraser', locale: 'en', country: 'AU', timezone: 'Australia/Brisbane', tags: [], phone: '+61 491 570 193', createdAt: '2026-11-06 18:05', marketing: false, address: { address1: '66 Merthyr Rd', city: 'New Farm', zip: '4005', province: 'QLD' }, channel: 'shopify', market: 'AU' }),
  // Marketplace buyers (relay e-mail addresses)
  c({ key: 'kevin', email: 'amzn.v8k3q1m7c2tx@example.net', first: 'Kevin', last: 'Russo', locale: 'en', country: 'US', timezone: 'America/New_York', tags: ['amazon-buyer'], phone: '+1 614-555-0102', createdAt: '2026-09-26 16:12', marketing: false, address: { address1: '587 N High St', address2: 'Apt 5', city: 'Columbus', zip: '43215', province: 'OH' }, channel: 'amazon', market: 'US' }),
  c({ key: 'brittany', email: 'amzn.r4n9d2w6h5pz@example.net', first: 'Brittany', last: 'Cole', locale: 'en', country: 'US', timezone: 'America/New_York', tags: ['amazon-buyer'], phone: '+1 704-555-0177', createdAt: '2026-11-01 11:23', marketing: false, address: { address1: '1414 Central Ave', city: 'Charlotte', zip: '28205', province: 'NC' }, channel: 'amazon', market: 'US' }),
  c({ key: 'stefan', email: 'amzn.j7c5t8b3y1qe@example.net', first: 'Stefan', last: 'Braun', locale: 'de', country: 'DE', timezone: 'Europe/Berlin', tags: ['amazon-buyer'], phone: '+49 151 55504410', createdAt: '2026-10-21 19:45', marketing: false, address: { address1: 'Brüsseler Straße 73', city: 'Köln', zip: '50674', province: 'NW' }, channel: 'amazon', market: 'DE' }),
  c({ key: 'miriam', email: 'amzn.x2f6k9p4s8ua@example.net', first: 'Miriam', last: 'Vogel', locale: 'de', country: 'DE', timezone: 'Europe/Berlin', tags: ['amazon-buyer'], phone: '+49 151 55508032', createdAt: '2026-11-22 20:40', marketing: false, address: { address1: 'Karl-Heine-Straße 55', city: 'Leipzig', zip: '04229', province: 'SN' }, channel: 'amazon', market: 'DE' }),
  c({ key: 'sho', email: 'amzn.m3w8e5r1t6gy@example.net', first: '翔', last: '伊藤', locale: 'ja', country: 'JP', timezone: 'Asia/Tokyo', tags: ['amazon-buyer'], phone: '+81 70-5550-3356', createdAt: '2026-11-08 23:19', marketing: false, address: { address1: '元町3-120', city: '横浜市中区', zip: '231-0861', province: 'JP-14' }, channel: 'amazon', market: 'JP' }),
  c({ key: 'alyssa', email: 'tts.5h2k8n4q7w1c@example.net', first: 'Alyssa', last: 'Ramos', locale: 'en', country: 'US', timezone: 'America/Chicago', tags: ['tiktok-buyer'], phone: '+1 713-555-0141', createdAt: '2026-11-08 20:33', marketing: false, address: { address1: '905 Yale St', city: 'Houston', zip: '77008', province: 'TX' }, channel: 'tiktok', market: 'US' }),
  c({ key: 'makayla', email: 'tts.9d4f1j6m3r8v@example.net', first: 'Makayla', last: 'Hunt', locale: 'en', country: 'US', timezone: 'America/Chicago', tags: ['tiktok-buyer'], phone: '+1 615-555-0186', createdAt: '2026-11-18 22:47', marketing: false, address: { address1: '1011 Fatherland St', city: 'Nashville', zip: '37206', province: 'TN' }, channel: 'tiktok', market: 'US' }),
  c({ key: 'chloe', email: 'tts.3b7g2l9p5x4z@example.net', first: 'Chloe', last: 'Barnes', locale: 'en', country: 'GB', timezone: 'Europe/London', tags: ['tiktok-buyer'], phone: '+44 7700 900642', createdAt: '2026-11-16 21:58', marketing: false, address: { address1: '58 Brudenell Road', city: 'Leeds', zip: 'LS6 1EG' }, channel: 'tiktok', market: 'UK' }),
  c({ key: 'gareth', email: 'ebay.k6w2r9m4t7bq@example.net', first: 'Gareth', last: 'Evans', locale: 'en', country: 'GB', timezone: 'Europe/London', tags: ['ebay-buyer'], phone: '+44 7700 900955', createdAt: '2026-11-09 20:14', marketing: false, address: { address1: '34 Diana Street', city: 'Cardiff', zip: 'CF24 4TU' }, channel: 'ebay', market: 'UK' }),
  c({ key: 'uwe', email: 'ebay.p1x5c8h3n6dj@example.net', first: 'Uwe', last: 'Schäfer', locale: 'de', country: 'DE', timezone: 'Europe/Berlin', tags: ['ebay-buyer'], phone: '+49 151 55502276', createdAt: '2026-11-12 18:30', marketing: false, address: { address1: 'Louisenstraße 21', city: 'Dresden', zip: '01099', province: 'SN' }, channel: 'ebay', market: 'DE' }),
];
