CREATE TABLE "digest_runs" (
	"week_of" text PRIMARY KEY NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "follows_user_id_kind_ref_pk" PRIMARY KEY("user_id","kind","ref")
);
--> statement-breakpoint
CREATE TABLE "joint_action_members" (
	"joint_action_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contribution" text NOT NULL,
	"created_by" uuid,
	"joined_at" timestamp with time zone NOT NULL,
	CONSTRAINT "joint_action_members_joint_action_id_organisation_id_pk" PRIMARY KEY("joint_action_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "joint_action_obstacles" (
	"joint_action_id" uuid NOT NULL,
	"obstacle_id" uuid NOT NULL,
	CONSTRAINT "joint_action_obstacles_joint_action_id_obstacle_id_pk" PRIMARY KEY("joint_action_id","obstacle_id")
);
--> statement-breakpoint
CREATE TABLE "joint_action_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"joint_action_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "joint_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"goal" text NOT NULL,
	"plan" text NOT NULL,
	"needs" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practice_adoptions" (
	"practice_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "practice_adoptions_practice_id_organisation_id_pk" PRIMARY KEY("practice_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "practice_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_action_members" ADD CONSTRAINT "joint_action_members_joint_action_id_joint_actions_id_fk" FOREIGN KEY ("joint_action_id") REFERENCES "public"."joint_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_action_members" ADD CONSTRAINT "joint_action_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_action_members" ADD CONSTRAINT "joint_action_members_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_action_obstacles" ADD CONSTRAINT "joint_action_obstacles_joint_action_id_joint_actions_id_fk" FOREIGN KEY ("joint_action_id") REFERENCES "public"."joint_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_action_obstacles" ADD CONSTRAINT "joint_action_obstacles_obstacle_id_obstacles_id_fk" FOREIGN KEY ("obstacle_id") REFERENCES "public"."obstacles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_action_updates" ADD CONSTRAINT "joint_action_updates_joint_action_id_joint_actions_id_fk" FOREIGN KEY ("joint_action_id") REFERENCES "public"."joint_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_action_updates" ADD CONSTRAINT "joint_action_updates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_action_updates" ADD CONSTRAINT "joint_action_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_actions" ADD CONSTRAINT "joint_actions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "joint_actions" ADD CONSTRAINT "joint_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_adoptions" ADD CONSTRAINT "practice_adoptions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_attachments" ADD CONSTRAINT "practice_attachments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_attachments" ADD CONSTRAINT "practice_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "joint_action_members_org_idx" ON "joint_action_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "joint_action_obstacles_obstacle_idx" ON "joint_action_obstacles" USING btree ("obstacle_id");--> statement-breakpoint
CREATE INDEX "joint_action_updates_action_idx" ON "joint_action_updates" USING btree ("joint_action_id","created_at");--> statement-breakpoint
CREATE INDEX "joint_actions_status_idx" ON "joint_actions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "joint_actions_org_idx" ON "joint_actions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "practice_adoptions_org_idx" ON "practice_adoptions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "practice_attachments_practice_idx" ON "practice_attachments" USING btree ("practice_id");