CREATE TABLE "datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"doc" jsonb NOT NULL,
	"origin" text NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "designations" (
	"id" text PRIMARY KEY NOT NULL,
	"country" text NOT NULL,
	"doc" jsonb NOT NULL,
	"origin" text NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issues" (
	"id" text PRIMARY KEY NOT NULL,
	"parent" text,
	"doc" jsonb NOT NULL,
	"origin" text NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "localities" (
	"id" text PRIMARY KEY NOT NULL,
	"country" text NOT NULL,
	"tier" text NOT NULL,
	"region" text NOT NULL,
	"parent" text,
	"name_en" text NOT NULL,
	"name_th" text NOT NULL,
	"name_ja" text NOT NULL,
	"population" integer,
	"doc" jsonb NOT NULL,
	"origin" text NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs_offers" (
	"id" text PRIMARY KEY NOT NULL,
	"party" text NOT NULL,
	"kind" text NOT NULL,
	"doc" jsonb NOT NULL,
	"origin" text NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"country" text NOT NULL,
	"kind" text NOT NULL,
	"name_en" text NOT NULL,
	"doc" jsonb NOT NULL,
	"origin" text NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "relation_issues" (
	"relation_id" text NOT NULL,
	"issue_id" text NOT NULL,
	CONSTRAINT "relation_issues_relation_id_issue_id_pk" PRIMARY KEY("relation_id","issue_id")
);
--> statement-breakpoint
CREATE TABLE "relation_parties" (
	"relation_id" text NOT NULL,
	"party_id" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "relation_parties_relation_id_party_id_pk" PRIMARY KEY("relation_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "relations" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"start_year" integer,
	"doc" jsonb NOT NULL,
	"origin" text NOT NULL,
	"content_hash" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "relation_issues" ADD CONSTRAINT "relation_issues_relation_id_relations_id_fk" FOREIGN KEY ("relation_id") REFERENCES "public"."relations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relation_parties" ADD CONSTRAINT "relation_parties_relation_id_relations_id_fk" FOREIGN KEY ("relation_id") REFERENCES "public"."relations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "localities_country_tier" ON "localities" USING btree ("country","tier");--> statement-breakpoint
CREATE INDEX "localities_parent" ON "localities" USING btree ("parent");--> statement-breakpoint
CREATE INDEX "needs_offers_party" ON "needs_offers" USING btree ("party");--> statement-breakpoint
CREATE INDEX "relation_issues_issue" ON "relation_issues" USING btree ("issue_id");--> statement-breakpoint
CREATE INDEX "relation_parties_party" ON "relation_parties" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "relations_type_status" ON "relations" USING btree ("type","status");