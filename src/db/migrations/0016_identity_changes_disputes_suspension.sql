CREATE TABLE "identity_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"signature_id" uuid NOT NULL,
	"status" text NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "kbo_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kbo" text NOT NULL,
	"organisation_name" text NOT NULL,
	"claimant_name" text NOT NULL,
	"claimant_role" text NOT NULL,
	"contact" text NOT NULL,
	"message" text,
	"user_id" uuid,
	"ip" text,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
DROP INDEX "signatures_one_live_idx";--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "public_reason" text;--> statement-breakpoint
ALTER TABLE "identity_changes" ADD CONSTRAINT "identity_changes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_changes" ADD CONSTRAINT "identity_changes_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_changes" ADD CONSTRAINT "identity_changes_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_changes" ADD CONSTRAINT "identity_changes_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kbo_disputes" ADD CONSTRAINT "kbo_disputes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kbo_disputes" ADD CONSTRAINT "kbo_disputes_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "identity_changes_one_pending_idx" ON "identity_changes" USING btree ("organisation_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "identity_changes_status_idx" ON "identity_changes" USING btree ("status","proposed_at");--> statement-breakpoint
CREATE INDEX "kbo_disputes_status_idx" ON "kbo_disputes" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "kbo_disputes_kbo_idx" ON "kbo_disputes" USING btree ("kbo");--> statement-breakpoint
CREATE UNIQUE INDEX "signatures_one_live_idx" ON "signatures" USING btree ("organisation_id") WHERE status in ('pending', 'active', 'non_reporting', 'suspended');