/**
 * Shapes of the store-directory files (see README "Store directory format"). Only the fields Parley
 * relies on are required; everything else is kept as-is in jsonb `data` columns.
 */
import Type, { type Static } from 'typebox';

const Id = Type.Union([Type.Integer(), Type.String({ minLength: 1 })]);
const Instant = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$' });
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);
const LocaleCode = Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$' });

export const StoreFile = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,62}$' }),
  name: Type.String({ minLength: 1 }),
  default_locale: LocaleCode,
  locales: Type.Array(LocaleCode, { minItems: 1 }),
  timezone: Type.String({ minLength: 1 }),
  eval_now: Type.Optional(Instant),
});
export type StoreFile = Static<typeof StoreFile> & Record<string, unknown>;

export const ArticleFrontMatter = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
  title: Type.String({ minLength: 1 }),
  locale: LocaleCode,
  tags: Type.Optional(Type.Array(Type.String())),
  updated_at: Type.Optional(Type.String()),
});
export type ArticleFrontMatter = Static<typeof ArticleFrontMatter>;

const Variant = Type.Object({
  id: Id,
  title: Type.String(),
  sku: Type.Optional(Nullable(Type.String())),
  price: Type.String({ pattern: '^\\d+(\\.\\d+)?$' }),
  inventory_quantity: Type.Optional(Nullable(Type.Integer())),
  inventory_policy: Type.Optional(Nullable(Type.String())),
});

export const ProductsFile = Type.Array(
  Type.Object({
    id: Id,
    title: Type.String({ minLength: 1 }),
    handle: Type.String({ minLength: 1 }),
    product_type: Type.Optional(Nullable(Type.String())),
    vendor: Type.Optional(Nullable(Type.String())),
    status: Type.Optional(Type.String()),
    tags: Type.Optional(Type.String()),
    variants: Type.Array(Variant, { minItems: 1 }),
    updated_at: Type.Optional(Instant),
  }),
);
export type ProductRecord = Static<typeof ProductsFile>[number] & Record<string, unknown>;

export const SizeChartsFile = Type.Record(
  Type.String(),
  Type.Object({ id: Type.String(), title: Type.String(), rows: Type.Array(Type.Object({})) }),
);

export const CustomersFile = Type.Array(
  Type.Object({
    id: Id,
    email: Nullable(Type.String()),
    first_name: Type.Optional(Nullable(Type.String())),
    last_name: Type.Optional(Nullable(Type.String())),
    locale: Type.Optional(Nullable(Type.String())),
    country_code: Type.Optional(Nullable(Type.String())),
    timezone: Type.Optional(Nullable(Type.String())),
    tags: Type.Optional(Type.String()),
  }),
);
export type CustomerRecord = Static<typeof CustomersFile>[number] & Record<string, unknown>;

export const OrdersFile = Type.Array(
  Type.Object({
    id: Id,
    name: Type.String({ minLength: 1 }),
    email: Type.Optional(Nullable(Type.String())),
    created_at: Instant,
    processed_at: Type.Optional(Nullable(Instant)),
    updated_at: Type.Optional(Nullable(Instant)),
    cancelled_at: Type.Optional(Nullable(Instant)),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    total_price: Type.String({ pattern: '^-?\\d+(\\.\\d+)?$' }),
    financial_status: Type.Optional(Nullable(Type.String())),
    fulfillment_status: Type.Optional(Nullable(Type.String())),
    customer: Type.Optional(Nullable(Type.Object({ id: Id }))),
    line_items: Type.Array(Type.Object({ id: Id, title: Type.String(), quantity: Type.Integer({ minimum: 0 }) })),
    fulfillments: Type.Optional(Type.Array(Type.Object({ id: Id, tracking_number: Type.Optional(Nullable(Type.String())) }))),
  }),
);
export type OrderRecord = Static<typeof OrdersFile>[number] & Record<string, unknown>;

export const TrackingFile = Type.Array(
  Type.Object({
    tracking_number: Type.String({ minLength: 4 }),
    carrier: Type.String({ minLength: 1 }),
    kind: Type.Union([Type.Literal('outbound'), Type.Literal('return')]),
    order_id: Type.Optional(Nullable(Id)),
    tag: Type.Optional(Type.String()),
    expected_delivery: Type.Optional(Nullable(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }))),
    delivered_at: Type.Optional(Nullable(Instant)),
    last_updated_at: Type.Optional(Nullable(Instant)),
    checkpoints: Type.Array(
      Type.Object({ time: Instant, message: Type.String(), location: Type.Optional(Nullable(Type.String())), tag: Type.Optional(Type.String()) }),
    ),
  }),
);
export type TrackingRecord = Static<typeof TrackingFile>[number] & Record<string, unknown>;

export const ReturnsFile = Type.Array(
  Type.Object({
    id: Type.String({ minLength: 1 }),
    type: Type.String(),
    order_id: Id,
    status: Type.String(),
    created_at: Instant,
  }),
);
export type ReturnRecord = Static<typeof ReturnsFile>[number] & Record<string, unknown>;
