-- An organisation's country (ISO 3166-1 alpha-2, or ES-CN, ES-CE, ES-ML) and VAT ID, with what the last check of
-- the ID said (VIES when configured, with its consultation number as proof); a contact's English (S2.3).
ALTER TABLE directory_organization ADD COLUMN country VARCHAR(6);
ALTER TABLE directory_organization ADD COLUMN vat_id VARCHAR(20);
ALTER TABLE directory_organization ADD COLUMN vat_status VARCHAR(20);
ALTER TABLE directory_organization ADD COLUMN vat_checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE directory_organization ADD COLUMN vat_consultation VARCHAR(100);
ALTER TABLE directory_organization ADD COLUMN vat_detail VARCHAR(500);
ALTER TABLE directory_contact ADD COLUMN accepts_english BOOLEAN DEFAULT FALSE NOT NULL;
