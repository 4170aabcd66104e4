-- A practice's sector and region are its organisation's (the form asked them again, and they drifted).
UPDATE "practices" AS p SET "sector" = o."sector", "region" = o."region"
FROM "organisations" AS o
WHERE o."id" = p."organisation_id" AND (p."sector" <> o."sector" OR p."region" <> o."region");
