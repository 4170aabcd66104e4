-- The practice library's search reads one index per language, of published practices only.
DROP INDEX "practices_search_idx";--> statement-breakpoint
CREATE INDEX "practices_search_fr_idx" ON "practices" USING gin ("search") WHERE status = 'published' and lang = 'fr';--> statement-breakpoint
CREATE INDEX "practices_search_nl_idx" ON "practices" USING gin ("search") WHERE status = 'published' and lang = 'nl';--> statement-breakpoint
CREATE INDEX "practices_search_de_idx" ON "practices" USING gin ("search") WHERE status = 'published' and lang = 'de';--> statement-breakpoint
CREATE INDEX "practices_search_en_idx" ON "practices" USING gin ("search") WHERE status = 'published' and lang = 'en';