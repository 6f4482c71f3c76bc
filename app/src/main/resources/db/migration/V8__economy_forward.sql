-- The economy forward (issue 12): the kept copy of the newest register, business cases and their links.

-- The newest register import keeps a copy of its file in RAADERUM_HOME/register (owner-only), named by the import;
-- forecasts and business cases replay it. The row is written in the import's transaction, the file is moved into
-- place when that transaction commits, and the next register import replaces it.
create table register_file (
    import_id   bigint primary key references data_import (id),
    file_name   text not null,
    weight      double precision not null check (weight > 0),
    source      text not null,
    first_week  text not null,
    last_week   text not null,
    persons     bigint not null
);

-- A business case (investeringscase) of a municipality: the proposal as entered and the result computed from the
-- kept register at the time (kept as it was, so a decision can be read later against the register it was made on).
create table business_case (
    id                 bigserial primary key,
    municipality_code  integer not null references municipality (code),
    title              text not null,
    benefit_group      text not null,             -- the register group's slug, e.g. kontanthjaelp
    proposal           jsonb not null,
    result             jsonb not null,
    register_import_id bigint not null references data_import (id),
    created_by         text not null,
    created_at         timestamptz not null default now()
);

create index business_case_by_municipality on business_case (municipality_code);
