-- zoom_etl may not make itself the owner (issue 11, finding 1). With CREATE on schema zoom, a login
-- in zoom_etl could create a table partitioned on its own IMMUTABLE function, give it a DEFAULT
-- partition holding a row, and pass it to 008's SECURITY DEFINER function: adding a partition
-- beside a default one checks the default's rows, which evaluates the caller's key expression as
-- the function's owner (a superuser, often), and the caller's code ran with the owner's rights.
--
-- Two fixes, each enough on its own:
-- 1. zoom_etl creates nothing outside pg_temp: at run time it writes rows, stages pages in
--    temporary tables and asks for partitions; tables, views and functions come from migrations,
--    which the owner runs (`zoom-etl migrate`; a run applies nothing when the schema is current).
-- 2. The function accepts only the tables zoom-etl partitions (a fixed list), owned by the
--    function's owner, range-partitioned on one plain timestamptz column, with no default
--    partition: no expression of anyone else's is ever evaluated with its rights.
--
-- It also no longer takes an advisory lock (any role that can connect can take one and hold it;
-- issue 11, finding 3): SHARE UPDATE EXCLUSIVE on the parent serializes concurrent callers, and
-- only roles that may write the table can take that mode. A month is added by creating the table
-- and ATTACHing it, which needs only that mode on the parent; CREATE TABLE … PARTITION OF needs
-- ACCESS EXCLUSIVE, so it waited behind every open reader and every new reader queued behind it
-- (finding 2). Readers and writers of the table never wait for this function now; only another
-- caller, VACUUM/ANALYZE, CREATE INDEX or the owner's DDL can delay it, and the loader gives up
-- after its lock_timeout (README, "Locks").

REVOKE CREATE ON SCHEMA zoom, etl FROM zoom_etl;

CREATE OR REPLACE FUNCTION etl.ensure_monthly_partitions(parent regclass, first timestamptz, last timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    -- The tables zoom-etl partitions by UTC month (sql/004). A new one is added here, by a migration.
    partitioned CONSTANT text[] := ARRAY['participant_qos'];
    parent_name text;
    key_type regtype;
    key_is_column boolean;
    has_default boolean;
    owner_is_me boolean;
    month timestamp := date_trunc('month', first AT TIME ZONE 'UTC');
    last_month CONSTANT timestamp := date_trunc('month', last AT TIME ZONE 'UTC');
    partition_name text;
    existing regclass;
BEGIN
    SELECT c.relname, a.atttypid, p.partnatts = 1 AND p.partattrs[0] <> 0 AND p.partexprs IS NULL AND p.partstrat = 'r',
           p.partdefid <> 0, c.relowner = (SELECT r.oid FROM pg_roles r WHERE r.rolname = current_user)
    INTO parent_name, key_type, key_is_column, has_default, owner_is_me
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_partitioned_table p ON p.partrelid = c.oid
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = p.partattrs[0]
    WHERE c.oid = parent AND n.nspname = 'zoom' AND c.relname = ANY (partitioned);
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a table zoom-etl partitions (%)', parent, array_to_string(partitioned, ', ')
            USING ERRCODE = 'invalid_parameter_value';  -- as 008 said it
    END IF;
    IF NOT owner_is_me THEN
        RAISE EXCEPTION '% is not owned by %, who owns this function', parent, current_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF has_default THEN
        RAISE EXCEPTION '% has a default partition; zoom-etl adds months only to a table without one', parent
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT key_is_column OR key_type IS DISTINCT FROM 'timestamptz'::regtype THEN
        RAISE EXCEPTION '% is not range-partitioned on one timestamptz column', parent USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- Zoom keeps per-meeting data for a year; a span far beyond it is a bug, not a month to add.
    IF last_month > month + interval '36 months' THEN
        RAISE EXCEPTION 'refusing to add the partitions of % from % to % at once (at most 37 months)', parent,
            to_char(month, 'YYYY-MM'), to_char(last_month, 'YYYY-MM') USING ERRCODE = 'invalid_parameter_value';
    END IF;

    EXECUTE format('LOCK TABLE %s IN SHARE UPDATE EXCLUSIVE MODE', parent);
    WHILE month <= last_month LOOP
        partition_name := parent_name || '_' || to_char(month, 'YYYY_MM');
        existing := to_regclass(format('zoom.%I', partition_name));
        IF existing IS NULL THEN
            -- LIKE … INCLUDING ALL: columns, defaults, NOT NULL and CHECK constraints, storage and
            -- comments as the parent has them; ATTACH then adopts the matching indexes.
            EXECUTE format('CREATE TABLE zoom.%I (LIKE %s INCLUDING ALL)', partition_name, parent);
            EXECUTE format('ALTER TABLE %s ATTACH PARTITION zoom.%I FOR VALUES FROM (%L) TO (%L)', parent, partition_name,
                           (month AT TIME ZONE 'UTC'), ((month + interval '1 month') AT TIME ZONE 'UTC'));
            EXECUTE format('COMMENT ON TABLE zoom.%I IS %L', partition_name,
                           format('Partition of %s for %s (UTC); drop it to discard that month.', parent, to_char(month, 'YYYY-MM')));
        ELSIF NOT EXISTS (SELECT FROM pg_inherits i WHERE i.inhrelid = existing AND i.inhparent = parent) THEN
            RAISE EXCEPTION '% exists but is not a partition of %; rename or drop it', existing, parent
                USING ERRCODE = 'duplicate_table';
        END IF;
        month := month + interval '1 month';
    END LOOP;
END
$fn$;

REVOKE ALL ON FUNCTION etl.ensure_monthly_partitions(regclass, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION etl.ensure_monthly_partitions(regclass, timestamptz, timestamptz) TO zoom_etl;
COMMENT ON FUNCTION etl.ensure_monthly_partitions(regclass, timestamptz, timestamptz) IS 'Adds the missing UTC-month partitions of zoom.participant_qos covering first..last (at most 37 months). Runs as its owner (only a table''s owner may add partitions) and accepts only the tables zoom-etl partitions, owned by its owner, without a default partition. Takes SHARE UPDATE EXCLUSIVE on the table, which readers and writers do not wait for; callable by zoom_etl.';
