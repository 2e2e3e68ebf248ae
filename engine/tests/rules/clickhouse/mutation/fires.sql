-- Correcting a price on an events table with ALTER TABLE … UPDATE: every part holding a match is rewritten.
ALTER TABLE shop.order_events UPDATE price = 19.90 WHERE sku = 'KT-1' AND event_date >= '2026-11-01';
