CREATE TABLE "places" (
	"id" text PRIMARY KEY NOT NULL,
	"country" text NOT NULL,
	"kind" text NOT NULL,
	"within" text NOT NULL,
	"parent" text,
	"doc" jsonb NOT NULL,
	"origin" text NOT NULL,
	"content_hash" text NOT NULL,
	"base_doc" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "places_within" ON "places" USING btree ("within");--> statement-breakpoint
CREATE INDEX "places_parent" ON "places" USING btree ("parent");