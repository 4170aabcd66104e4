CREATE TABLE "help_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"commune" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"placed" boolean DEFAULT false NOT NULL,
	"phone" text,
	"email" text,
	"website" text,
	"hours" text,
	"hours_form" jsonb,
	"services" text[] DEFAULT '{}'::text[] NOT NULL,
	"access" text DEFAULT 'both' NOT NULL,
	"booking_url" text,
	"free" boolean DEFAULT true NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" text,
	"source_id" text,
	"checked_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "help_points_summary_len" CHECK (char_length("help_points"."summary") <= 280),
	CONSTRAINT "help_points_access" CHECK ("help_points"."access" in ('walk_in', 'appointment', 'both')),
	CONSTRAINT "help_points_source_pair" CHECK (("help_points"."source" is null) = ("help_points"."source_id" is null))
);
--> statement-breakpoint
ALTER TABLE "help_points" ADD CONSTRAINT "help_points_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_points" ADD CONSTRAINT "help_points_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "help_points_org_idx" ON "help_points" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "help_points_lat_lon_idx" ON "help_points" USING btree ("lat","lon");--> statement-breakpoint
CREATE UNIQUE INDEX "help_points_source_idx" ON "help_points" USING btree ("source","source_id");