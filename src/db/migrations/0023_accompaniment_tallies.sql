CREATE TABLE "accompaniment_tallies" (
	"organisation_id" uuid NOT NULL,
	"month" date NOT NULL,
	"kind" text NOT NULL,
	"dimension" text NOT NULL,
	"value" text NOT NULL,
	"sessions" integer NOT NULL,
	"people" integer NOT NULL,
	CONSTRAINT "accompaniment_tallies_organisation_id_month_kind_dimension_value_pk" PRIMARY KEY("organisation_id","month","kind","dimension","value")
);
--> statement-breakpoint
ALTER TABLE "accompaniment_tallies" ADD CONSTRAINT "accompaniment_tallies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The tallies of the sessions logged so far (queries/tallies.ts keeps them from here on).
INSERT INTO "accompaniment_tallies" ("organisation_id", "month", "kind", "dimension", "value", "sessions", "people")
SELECT organisation_id, month, kind, dimension, value, sum(sessions)::int, sum(people)::int FROM (
	SELECT a.organisation_id, date_trunc('month', a.happened_on)::date AS month, a.kind, d.dimension, d.value,
		1 AS sessions, a.participants AS people
	FROM accompaniments a CROSS JOIN LATERAL (VALUES
		('kind', a.kind::text),
		('band', CASE WHEN a.duration_min < 30 THEN 'lt30' WHEN a.duration_min < 60 THEN '30_60'
			WHEN a.duration_min < 120 THEN '60_120' ELSE 'ge120' END),
		('place', a.place::text), ('equipment', a.equipment::text), ('autonomy', a.autonomy::text),
		('referral', a.referral::text), ('age', a.age_band::text), ('gender', a.gender::text),
		('situation', a.situation::text), ('visit', a.visit::text)
	) AS d(dimension, value)
	WHERE d.value IS NOT NULL
	UNION ALL
	SELECT a.organisation_id, date_trunc('month', a.happened_on)::date, a.kind, 'theme', th.value, 1, a.participants
	FROM accompaniments a CROSS JOIN LATERAL unnest(a.themes) AS th(value)
	UNION ALL
	SELECT a.organisation_id, date_trunc('month', a.happened_on)::date, a.kind, c.dimension, c.value, 0, c.n
	FROM accompaniments a JOIN accompaniment_counts c ON c.accompaniment_id = a.id
) s
GROUP BY 1, 2, 3, 4, 5;
