CREATE TABLE "accompaniment_counts" (
	"accompaniment_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "accompaniment_counts_accompaniment_id_dimension_value_pk" PRIMARY KEY("accompaniment_id","dimension","value")
);
--> statement-breakpoint
CREATE TABLE "accompaniments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"facilitator_id" uuid,
	"client_key" uuid NOT NULL,
	"kind" text NOT NULL,
	"happened_on" date NOT NULL,
	"duration_min" integer NOT NULL,
	"place" text NOT NULL,
	"place_postcode" text,
	"themes" text[] NOT NULL,
	"equipment" text NOT NULL,
	"autonomy" text NOT NULL,
	"referral" text NOT NULL,
	"participants" integer NOT NULL,
	"age_band" text,
	"gender" text,
	"situation" text,
	"visit" text,
	"residence_postcode" text,
	"title" text,
	"level" text,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "accompaniments_duration_check" CHECK ("accompaniments"."duration_min" between 1 and 720),
	CONSTRAINT "accompaniments_participants_check" CHECK ("accompaniments"."participants" between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "ethics_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"version_hash" text NOT NULL,
	"salt" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"countersigned_by" uuid,
	"countersigned_at" timestamp with time zone,
	"ledger_seq" bigint
);
--> statement-breakpoint
CREATE TABLE "facilitator_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "facilitator_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "facilitators" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	CONSTRAINT "facilitators_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_coordinators" (
	"network_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "network_coordinators_network_id_user_id_pk" PRIMARY KEY("network_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "network_structures" (
	"network_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "network_structures_network_id_organisation_id_pk" PRIMARY KEY("network_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_share_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "stats_share_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "accompaniment_counts" ADD CONSTRAINT "accompaniment_counts_accompaniment_id_accompaniments_id_fk" FOREIGN KEY ("accompaniment_id") REFERENCES "public"."accompaniments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniments" ADD CONSTRAINT "accompaniments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompaniments" ADD CONSTRAINT "accompaniments_facilitator_id_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ethics_signatures" ADD CONSTRAINT "ethics_signatures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ethics_signatures" ADD CONSTRAINT "ethics_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ethics_signatures" ADD CONSTRAINT "ethics_signatures_countersigned_by_users_id_fk" FOREIGN KEY ("countersigned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_invitations" ADD CONSTRAINT "facilitator_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitator_invitations" ADD CONSTRAINT "facilitator_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitators" ADD CONSTRAINT "facilitators_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilitators" ADD CONSTRAINT "facilitators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_coordinators" ADD CONSTRAINT "network_coordinators_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_coordinators" ADD CONSTRAINT "network_coordinators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_structures" ADD CONSTRAINT "network_structures_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_structures" ADD CONSTRAINT "network_structures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_share_links" ADD CONSTRAINT "stats_share_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accompaniments_client_key_idx" ON "accompaniments" USING btree ("facilitator_id","client_key");--> statement-breakpoint
CREATE INDEX "accompaniments_org_day_idx" ON "accompaniments" USING btree ("organisation_id","happened_on");--> statement-breakpoint
CREATE INDEX "accompaniments_day_idx" ON "accompaniments" USING btree ("happened_on");--> statement-breakpoint
CREATE INDEX "accompaniments_facilitator_idx" ON "accompaniments" USING btree ("facilitator_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ethics_signatures_once_idx" ON "ethics_signatures" USING btree ("organisation_id","user_id","version");--> statement-breakpoint
CREATE INDEX "ethics_signatures_user_idx" ON "ethics_signatures" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "facilitator_invitations_org_idx" ON "facilitator_invitations" USING btree ("organisation_id") WHERE accepted_at is null;--> statement-breakpoint
CREATE INDEX "facilitators_user_idx" ON "facilitators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "network_coordinators_user_idx" ON "network_coordinators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "network_structures_org_idx" ON "network_structures" USING btree ("organisation_id");