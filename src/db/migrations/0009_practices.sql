CREATE TABLE "practice_obstacles" (
	"practice_id" uuid NOT NULL,
	"obstacle_id" uuid NOT NULL,
	CONSTRAINT "practice_obstacles_practice_id_obstacle_id_pk" PRIMARY KEY("practice_id","obstacle_id")
);
--> statement-breakpoint
CREATE TABLE "practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"lang" text NOT NULL,
	"commitments" jsonb NOT NULL,
	"target_groups" jsonb NOT NULL,
	"sector" text NOT NULL,
	"region" text NOT NULL,
	"results" text,
	"contact" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"moderation_comment" text,
	"search" "tsvector",
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "practice_obstacles" ADD CONSTRAINT "practice_obstacles_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_obstacles" ADD CONSTRAINT "practice_obstacles_obstacle_id_obstacles_id_fk" FOREIGN KEY ("obstacle_id") REFERENCES "public"."obstacles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practices" ADD CONSTRAINT "practices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "practice_obstacles_obstacle_idx" ON "practice_obstacles" USING btree ("obstacle_id");--> statement-breakpoint
CREATE INDEX "practices_search_idx" ON "practices" USING gin ("search");--> statement-breakpoint
CREATE INDEX "practices_status_idx" ON "practices" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "practices_org_idx" ON "practices" USING btree ("organisation_id");