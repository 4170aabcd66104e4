CREATE TABLE "safety_measures" (
	"organisation_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "safety_measures_organisation_id_measure_pk" PRIMARY KEY("organisation_id","measure")
);
--> statement-breakpoint
ALTER TABLE "safety_measures" ADD CONSTRAINT "safety_measures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;