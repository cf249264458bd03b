CREATE TABLE "document_contents" (
	"id" text PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" text NOT NULL,
	"step" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" text PRIMARY KEY NOT NULL,
	"thai_party" text NOT NULL,
	"japanese_party" text NOT NULL,
	"proposing_body" text,
	"step" text NOT NULL,
	"step_since" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"doc" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trip_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"relation_id" text NOT NULL,
	"step" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"doc" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_contents" ADD CONSTRAINT "document_contents_id_documents_id_fk" FOREIGN KEY ("id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_owner" ON "documents" USING btree ("owner_kind","owner_id");--> statement-breakpoint
CREATE INDEX "proposals_step" ON "proposals" USING btree ("step");--> statement-breakpoint
CREATE INDEX "proposals_thai_party" ON "proposals" USING btree ("thai_party");--> statement-breakpoint
CREATE INDEX "proposals_japanese_party" ON "proposals" USING btree ("japanese_party");--> statement-breakpoint
CREATE INDEX "trip_requests_relation" ON "trip_requests" USING btree ("relation_id");--> statement-breakpoint
CREATE INDEX "trip_requests_step" ON "trip_requests" USING btree ("step");