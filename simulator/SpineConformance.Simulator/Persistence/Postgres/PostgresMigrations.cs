namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// The PostgreSQL schema, one migration per step, applied in order at start-up (<see cref="PostgresDatabase.MigrateAsync"/>).
/// A released migration is never edited, only followed by new ones: a new kind of state adds its tables as the next
/// entry. Times outside JSON documents are UTC ticks (<c>bigint</c>), exact to the 100 ns a <see cref="DateTimeOffset"/>
/// holds; bodies are <c>bytea</c>, the exact bytes.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE patient_permissions (
            nhs_number text NOT NULL PRIMARY KEY,
            view_permission text NULL,
            store_permission text NULL
        );
        CREATE TABLE permission_history (
            sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            nhs_number text NOT NULL,
            function text NOT NULL,
            old_value text NULL,
            new_value text NULL,
            changed_at_ticks bigint NOT NULL,
            role_profile_id text NULL,
            user_id text NULL,
            job_role text NULL,
            system_asid text NULL,
            message_id text NULL
        );
        CREATE INDEX permission_history_by_patient ON permission_history (nhs_number, sequence);

        CREATE SEQUENCE journal_entry_ids;
        CREATE TABLE journal_entries (
            id bigint NOT NULL PRIMARY KEY,
            received_at_ticks bigint NOT NULL,
            duration_ticks bigint NOT NULL,
            path text NOT NULL,
            soap_action text NULL,
            interaction_id text NULL,
            status_code integer NOT NULL,
            request_body bytea NOT NULL,
            response_body bytea NOT NULL,
            findings text NOT NULL,
            nhs_number text NULL,
            sender_asid text NULL,
            wsa_message_id text NULL,
            request_content_type text NULL,
            outcome text NOT NULL,
            direction text NOT NULL,
            conversation_id text NULL,
            ebxml_message_id text NULL,
            ref_to_message_id text NULL,
            attempt integer NULL
        );
        CREATE INDEX journal_entries_by_patient ON journal_entries (nhs_number);
        CREATE INDEX journal_entries_by_sender ON journal_entries (sender_asid);
        CREATE INDEX journal_entries_by_age ON journal_entries (received_at_ticks);
        CREATE TABLE journal_high_water (
            id integer NOT NULL PRIMARY KEY CHECK (id = 1),
            last_id bigint NOT NULL
        );

        CREATE TABLE directory (
            id integer NOT NULL PRIMARY KEY CHECK (id = 1),
            document text NOT NULL
        );

        CREATE TABLE legitimate_relationships (
            id text NOT NULL PRIMARY KEY,
            position bigint GENERATED ALWAYS AS IDENTITY,
            nhs_number text NOT NULL,
            started_at_ticks bigint NOT NULL,
            document text NOT NULL
        );
        CREATE INDEX legitimate_relationships_by_patient ON legitimate_relationships (nhs_number, started_at_ticks, position);
        CREATE TABLE privacy_alerts (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            raised_at_ticks bigint NOT NULL,
            lr_id text NOT NULL,
            nhs_number text NOT NULL,
            reason text NOT NULL,
            role_profile_id text NULL,
            user_id text NULL,
            system_asid text NULL,
            message_id text NULL
        );

        CREATE SEQUENCE outbox_claimers;
        CREATE TABLE outbox_messages (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            state text NOT NULL,
            next_attempt_at_ticks bigint NOT NULL,
            nhs_number text NULL,
            recipient_asid text NULL,
            claimed_by bigint NULL,
            claimed_until timestamptz NULL,
            body bytea NOT NULL,
            document text NOT NULL
        );
        CREATE INDEX outbox_messages_due ON outbox_messages (state, next_attempt_at_ticks);

        CREATE TABLE fault_rules (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            remaining_uses integer NULL,
            document text NOT NULL
        );

        CREATE TABLE ebxml_message_ids (
            message_id text NOT NULL PRIMARY KEY,
            expires_at_ticks bigint NOT NULL,
            status_code integer NOT NULL,
            content_type text NULL,
            body bytea NOT NULL,
            outcome text NOT NULL
        );
        CREATE INDEX ebxml_message_ids_by_expiry ON ebxml_message_ids (expires_at_ticks);
        """,
        """
        CREATE TABLE tenants (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name text NOT NULL UNIQUE,
            key_sha256 text NOT NULL,
            systems text NOT NULL
        );
        CREATE TABLE patient_allocation (
            id integer NOT NULL PRIMARY KEY CHECK (id = 1),
            next_serial bigint NOT NULL
        );
        ALTER TABLE journal_entries ADD COLUMN tenant_id bigint NULL;
        CREATE INDEX journal_entries_by_tenant ON journal_entries (tenant_id);
        """,
    ];
}
