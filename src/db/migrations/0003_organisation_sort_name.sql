DROP INDEX "organisations_name_idx";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sort_name" text;--> statement-breakpoint
CREATE INDEX "organisations_sort_name_idx" ON "organisations" USING btree ("sort_name");--> statement-breakpoint
UPDATE "organisations" SET "sort_name" = lower(unaccent("legal_name"));
