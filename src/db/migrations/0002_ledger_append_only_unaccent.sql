-- Accent-insensitive full-text search in the four languages.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- The ledger only grows: an entry, once written, can neither change nor disappear.
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entries is append-only';
END
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
