CREATE TABLE "contracts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"procuring_organisation_id" uuid NOT NULL,
	"supplier_organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"reference" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "interventions" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"location_name" text,
	"address" text,
	"postal_code" text,
	"city" text,
	"workplace" text,
	"schedule_description" text,
	"start_date" date,
	"end_date" date,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"places" integer NOT NULL,
	"cost_per_place_ore" bigint,
	"funding" text NOT NULL,
	"contract_id" uuid,
	"target_groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"eligibility" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"application_process" text,
	"contact_email" text,
	"contact_phone" text,
	"url" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interventions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "circumstances" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"recorded_by_organisation_id" uuid NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circumstances_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"by_user_id" uuid,
	"by_organisation_id" uuid,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_events_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"intervention_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"shared_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"send_warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decline_reason" text,
	"sent_at" timestamp with time zone,
	"answer_by" date,
	"answered_at" timestamp with time zone,
	"created_by_user_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_tenant_id_procuring_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","procuring_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_tenant_id_supplier_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","supplier_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_tenant_id_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventions" ADD CONSTRAINT "interventions_tenant_id_contract_id_contracts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contract_id") REFERENCES "public"."contracts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circumstances" ADD CONSTRAINT "circumstances_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_tenant_id_referral_id_referrals_tenant_id_id_fk" FOREIGN KEY ("tenant_id","referral_id") REFERENCES "public"."referrals"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_participant_id_participants_tenant_id_id_fk" FOREIGN KEY ("tenant_id","participant_id") REFERENCES "public"."participants"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_intervention_id_interventions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","intervention_id") REFERENCES "public"."interventions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_from_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","from_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_tenant_id_to_organisation_id_organisations_tenant_id_id_fk" FOREIGN KEY ("tenant_id","to_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contracts_tenant_supplier" ON "contracts" USING btree ("tenant_id","supplier_organisation_id");--> statement-breakpoint
CREATE INDEX "interventions_tenant_organisation" ON "interventions" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "interventions_tenant_contract" ON "interventions" USING btree ("tenant_id","contract_id");--> statement-breakpoint
CREATE INDEX "circumstances_tenant_participant" ON "circumstances" USING btree ("tenant_id","participant_id","kind");--> statement-breakpoint
CREATE INDEX "circumstances_tenant_kind" ON "circumstances" USING btree ("tenant_id","kind","from_date");--> statement-breakpoint
CREATE INDEX "referral_events_tenant_referral" ON "referral_events" USING btree ("tenant_id","referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_tenant_participant" ON "referrals" USING btree ("tenant_id","participant_id");--> statement-breakpoint
CREATE INDEX "referrals_tenant_to" ON "referrals" USING btree ("tenant_id","to_organisation_id","state");--> statement-breakpoint
CREATE INDEX "referrals_tenant_from" ON "referrals" USING btree ("tenant_id","from_organisation_id","state");--> statement-breakpoint
CREATE INDEX "referrals_tenant_answer_by" ON "referrals" USING btree ("tenant_id","state","answer_by");