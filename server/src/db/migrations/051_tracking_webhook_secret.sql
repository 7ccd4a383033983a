-- A tracking provider (AfterShip) signs its webhooks with its own secret; null = use webhook_secret.
ALTER TABLE stores ADD COLUMN tracking_webhook_secret text;
