-- etl.ensure_monthly_partitions (004) now runs with its owner's rights. PostgreSQL lets only a
-- table's owner create its partitions, and zoom-etl runs as a login role in zoom_etl (005), which
-- owns no table: such a run failed at the first QoS page of a new month with "must be owner of
-- table participant_qos", which no GRANT can fix.
--
-- The owner is the user who migrates, who owns the partitioned tables; the partitions it creates
-- are therefore the owner's too, and 005's default privileges give zoom_etl and zoom_analyst
-- theirs. As a SECURITY DEFINER function it refuses anything but a partitioned table of schema
-- zoom, resolves names with a fixed search_path, and only zoom_etl may call it.

CREATE OR REPLACE FUNCTION etl.ensure_monthly_partitions(parent regclass, first timestamptz, last timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    parent_schema text;
    parent_name text;
    month timestamp := date_trunc('month', first AT TIME ZONE 'UTC');
    partition_name text;
BEGIN
    SELECT n.nspname, c.relname INTO parent_schema, parent_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = parent AND c.relkind = 'p';
    IF parent_schema IS DISTINCT FROM 'zoom' THEN
        RAISE EXCEPTION '% is not a partitioned table of schema zoom', parent USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('zoom-etl partitions ' || parent::text));
    WHILE month <= date_trunc('month', last AT TIME ZONE 'UTC') LOOP
        partition_name := parent_name || '_' || to_char(month, 'YYYY_MM');
        IF to_regclass(format('%I.%I', parent_schema, partition_name)) IS NULL THEN
            EXECUTE format('CREATE TABLE %I.%I PARTITION OF %s FOR VALUES FROM (%L) TO (%L)', parent_schema, partition_name, parent,
                           (month AT TIME ZONE 'UTC'), ((month + interval '1 month') AT TIME ZONE 'UTC'));
            EXECUTE format('COMMENT ON TABLE %I.%I IS %L', parent_schema, partition_name,
                           format('Partition of %s for %s (UTC); drop it to discard that month.', parent, to_char(month, 'YYYY-MM')));
        END IF;
        month := month + interval '1 month';
    END LOOP;
END
$fn$;

REVOKE ALL ON FUNCTION etl.ensure_monthly_partitions(regclass, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION etl.ensure_monthly_partitions(regclass, timestamptz, timestamptz) TO zoom_etl;
COMMENT ON FUNCTION etl.ensure_monthly_partitions(regclass, timestamptz, timestamptz) IS 'Creates the missing monthly partitions of a range-partitioned zoom table; the loader calls it in each page''s transaction. Runs as its owner (only a table''s owner may add partitions); callable by zoom_etl.';
