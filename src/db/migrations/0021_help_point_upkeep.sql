CREATE TABLE "help_point_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"filename" text NOT NULL,
	"content" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"applied_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "help_point_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"help_point_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	CONSTRAINT "help_point_reports_kind" CHECK ("help_point_reports"."kind" in ('wrong', 'closed')),
	CONSTRAINT "help_point_reports_message_len" CHECK (char_length("help_point_reports"."message") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "help_points" ADD COLUMN "stale_notified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "help_point_imports" ADD CONSTRAINT "help_point_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_point_reports" ADD CONSTRAINT "help_point_reports_help_point_id_help_points_id_fk" FOREIGN KEY ("help_point_id") REFERENCES "public"."help_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_point_reports" ADD CONSTRAINT "help_point_reports_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "help_point_reports_open_idx" ON "help_point_reports" USING btree ("help_point_id","resolved_at");--> statement-breakpoint
CREATE INDEX "help_point_reports_created_idx" ON "help_point_reports" USING btree ("created_at");