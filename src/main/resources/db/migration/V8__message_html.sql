-- the HTML body of a customer's mail, as received; the console shows it only sanitised
ALTER TABLE cases_message ADD COLUMN html TEXT;
