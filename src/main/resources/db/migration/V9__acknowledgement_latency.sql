-- outbound: when the inbound mail an acknowledgement answers was stored, for the acknowledgement latency
-- (stored -> sent); null for every other mail
ALTER TABLE outbound_mail ADD COLUMN inbound_stored_at TIMESTAMP WITH TIME ZONE;
