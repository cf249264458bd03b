CREATE TABLE "activities" (
	"id" text PRIMARY KEY NOT NULL,
	"relation_id" text NOT NULL,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"is_public" boolean NOT NULL,
	"entered_by" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"doc" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annual_reports" (
	"id" text PRIMARY KEY NOT NULL,
	"locality_id" text NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"figures" jsonb NOT NULL,
	"narrative" jsonb NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submission_id" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	CONSTRAINT "annual_reports_locality_year" UNIQUE("locality_id","year")
);
--> statement-breakpoint
CREATE TABLE "handovers" (
	"id" text PRIMARY KEY NOT NULL,
	"locality_id" text NOT NULL,
	"outgoing_user_id" text NOT NULL,
	"successor_email" text NOT NULL,
	"scope" jsonb NOT NULL,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" text PRIMARY KEY NOT NULL,
	"doc" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relation_confirmations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"relation_id" text NOT NULL,
	"party_id" text NOT NULL,
	"user_id" text NOT NULL,
	"how" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relation_objectives" (
	"relation_id" text PRIMARY KEY NOT NULL,
	"doc" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "email_claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "email_last_error" text;--> statement-breakpoint
ALTER TABLE "notices" ADD COLUMN "digest_id" text;--> statement-breakpoint
CREATE INDEX "activities_relation" ON "activities" USING btree ("relation_id");--> statement-breakpoint
CREATE INDEX "activities_first_day" ON "activities" USING btree ("first_day");--> statement-breakpoint
CREATE INDEX "handovers_locality" ON "handovers" USING btree ("locality_id","created_at");--> statement-breakpoint
CREATE INDEX "relation_confirmations_relation" ON "relation_confirmations" USING btree ("relation_id","at");