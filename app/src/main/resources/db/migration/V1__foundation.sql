-- Geography: kommune -> landsdel -> region -> hele landet
create table region (
    code        integer primary key,           -- DST region code 81..85
    name        text not null
);

create table landsdel (
    code        integer primary key,           -- DST landsdel 1..11
    name        text not null,
    region_code integer not null references region (code)
);

create table municipality (
    code            integer primary key,       -- kommunekode 101..860
    name            text not null,
    landsdel_code   integer not null references landsdel (code),
    region_code     integer not null references region (code),
    population      integer not null,
    population_date date not null
);

-- One row per import run: what was read, from where, and when.
create table data_import (
    id           bigserial primary key,
    kind         text not null,
    source       text not null,                 -- publisher, e.g. "Jobindsats.dk / STAR"
    file_name    text not null,
    imported_by  text not null,
    imported_at  timestamptz not null default now(),
    value_count  integer not null,
    summary      text not null
);

-- Indicator definitions (numerator/denominator vocabulary after DHIS2).
create table indicator (
    id              text primary key,
    name            text not null,
    unit            text not null,              -- ANTAL, FULDTIDSPERSONER, PROCENT
    source          text not null,
    source_table    text,
    description     text not null,
    geo_aggregation text not null,              -- SUM, RATIO, NONE
    numerator_id    text references indicator (id),
    denominator_id  text references indicator (id),
    factor          numeric,
    time_rollup     text not null,              -- SUM, AVERAGE_BY_DAYS, LAST
    published       boolean not null,           -- false for helper series (derived denominators)
    ordinal         bigserial                   -- catalogue order
);

-- Values as published or imported. value null = suppressed by the publisher (never 0).
create table indicator_value (
    indicator_id  text not null references indicator (id),
    area_level    text not null,                -- KOMMUNE, LAND
    area_code     integer not null,             -- kommunekode, or 0 for hele landet
    period_type   text not null,                -- MONTH, QUARTER, YEAR
    period_start  date not null,
    value         double precision,
    import_id     bigint not null references data_import (id),
    primary key (indicator_id, area_level, area_code, period_type, period_start)
);

create index indicator_value_by_period on indicator_value (indicator_id, period_type, period_start);

create table app_user (
    username          text primary key,
    display_name      text not null,
    password_hash     text not null,
    role              text not null,            -- POLITIKER, LEDER, ANALYTIKER, SAGSBEHANDLER, ADMINISTRATOR
    municipality_code integer references municipality (code), -- null = the network (KL)
    enabled           boolean not null default true
);

create table audit_event (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    username   text not null,
    action     text not null,
    target     text not null,
    outcome    text not null
);
