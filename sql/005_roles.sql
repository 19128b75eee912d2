-- Roles for the warehouse (DESIGN.md, "Who uses it"): zoom_etl writes schemas zoom and etl;
-- zoom_analyst reads schema zoom (tables and views) and nothing in etl, where run errors and the
-- raw JSON of rejects live. Both are NOLOGIN groups: grant them to login roles, e.g.
--   CREATE ROLE etl_service LOGIN PASSWORD '...' IN ROLE zoom_etl;
--   CREATE ROLE alice LOGIN IN ROLE zoom_analyst;
--
-- Roles belong to the whole cluster, not to this database: another database of the same cluster
-- may be running this very file at this moment. Creating is therefore "if missing", and losing
-- the race to a concurrent CREATE ROLE (duplicate_object, or unique_violation when both inserted
-- into pg_authid at once) counts as success. The comment is set only by the session that created
-- the role: COMMENT ON ROLE from two sessions at once can fail with "tuple concurrently updated".

DO $$
DECLARE
    wanted text[][] := ARRAY[
        ['zoom_etl', 'zoom-etl itself: writes schemas zoom and etl. Grant it to the login role zoom-etl runs as.'],
        ['zoom_analyst', 'Analysts and BI tools: read schema zoom (tables and views), nothing in etl.']
    ];
    i integer;
BEGIN
    FOR i IN 1 .. array_length(wanted, 1) LOOP
        CONTINUE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = wanted[i][1]);
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            RAISE EXCEPTION 'role % does not exist and % may not create roles', wanted[i][1], current_user
                USING HINT = format('Have an administrator run: CREATE ROLE %I NOLOGIN; then migrate again.', wanted[i][1]);
        END IF;
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN', wanted[i][1]);
            EXECUTE format('COMMENT ON ROLE %I IS %L', wanted[i][1], wanted[i][2]);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;  -- another database's migration created it first
        END;
    END LOOP;
END
$$;

-- zoom_etl: everything the loader does. TEMPORARY for the COPY staging tables; sequences for
-- etl.runs and etl.rejects ids.
DO $$
BEGIN
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO zoom_etl', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO zoom_analyst', current_database());
END
$$;
GRANT USAGE, CREATE ON SCHEMA zoom, etl TO zoom_etl;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA zoom, etl TO zoom_etl;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA zoom, etl TO zoom_etl;

-- zoom_analyst: read zoom, nothing in etl (no USAGE on the schema, so not even its names).
GRANT USAGE ON SCHEMA zoom TO zoom_analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA zoom TO zoom_analyst;

-- Tables and views later migrations add (they run as the user running this one) get the same
-- grants. "ON TABLES" covers views too.
ALTER DEFAULT PRIVILEGES IN SCHEMA zoom GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zoom_etl;
ALTER DEFAULT PRIVILEGES IN SCHEMA etl GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zoom_etl;
ALTER DEFAULT PRIVILEGES IN SCHEMA zoom, etl GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO zoom_etl;
ALTER DEFAULT PRIVILEGES IN SCHEMA zoom GRANT SELECT ON TABLES TO zoom_analyst;
