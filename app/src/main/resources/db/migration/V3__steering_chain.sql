-- Who in the partnership network may read a municipality's steering documents (the municipality decides).
create table network_sharing (
    municipality_code integer primary key references municipality (code),
    shares            boolean not null,
    changed_by        text not null,
    changed_at        timestamptz not null default now()
);

-- Vision, values and strategies: every change is a new version; the newest is the current text.
create table steering_text (
    municipality_code integer not null references municipality (code),
    kind              text not null,                -- VISION, VAERDIER, STRATEGIER
    version           integer not null,
    body              text not null,
    changed_by        text not null,
    changed_at        timestamptz not null default now(),
    primary key (municipality_code, kind, version)
);

create table employment_plan (
    municipality_code integer not null references municipality (code),
    year              integer not null,
    title             text not null,
    created_by        text not null,
    created_at        timestamptz not null default now(),
    primary key (municipality_code, year)
);

create table goal (
    id                bigserial primary key,
    municipality_code integer not null,
    plan_year         integer not null,
    kind              text not null,                -- MINISTER, LOKAL
    title             text not null,
    target_group      text not null,
    indicator_id      text not null references indicator (id),
    baseline_month    date not null,
    baseline_value    double precision,             -- null: read from the data
    target_value      double precision not null,
    direction         text not null,                -- OP, NED
    deadline_month    date not null,
    owner             text not null,
    changed_by        text not null,
    changed_at        timestamptz not null default now(),
    foreign key (municipality_code, plan_year) references employment_plan (municipality_code, year)
);

create table goal_team_target (
    goal_id      bigint not null references goal (id) on delete cascade,
    team         text not null,
    target_value double precision not null,
    owner        text not null,
    primary key (goal_id, team)
);

-- The status of every goal as it was known at the end of each quarter; written once, never changed.
create table goal_snapshot (
    goal_id        bigint not null references goal (id) on delete cascade,
    quarter_start  date not null,
    status         text not null,
    latest_month   date,
    latest_value   double precision,
    forecast       double precision,
    forecast_lower double precision,
    forecast_upper double precision,
    reasoning      text not null,
    taken_at       timestamptz not null default now(),
    primary key (goal_id, quarter_start)
);

-- The "motorvej" per target group and year: principles, effort, activation mix (pct. of activation) and budget.
create table motorvej (
    municipality_code integer not null references municipality (code),
    year              integer not null,
    target_group      text not null,
    principles        text not null,
    beyond_minimum    text not null,
    availability      text not null,                -- rådighed and sanctions
    mix_company       double precision,
    mix_education     double precision,
    mix_projects      double precision,
    mix_nytte         double precision,
    budget_dkk        double precision,
    changed_by        text not null,
    changed_at        timestamptz not null default now(),
    primary key (municipality_code, year, target_group)
);

create table decision_case (
    id                   bigserial primary key,
    municipality_code    integer not null references municipality (code),
    title                text not null,
    background           text not null,
    meeting_date         date not null,
    chosen_alternative   bigint,
    rationale            text,
    decided_by           text,
    decided_at           timestamptz,
    created_by           text not null,
    created_at           timestamptz not null default now()
);

create table decision_alternative (
    id              bigserial primary key,
    case_id         bigint not null references decision_case (id) on delete cascade,
    title           text not null,
    expected_effect text not null,
    expected_cost   double precision,
    recommended     boolean not null default false
);

create table decision_goal (
    case_id bigint not null references decision_case (id) on delete cascade,
    goal_id bigint not null references goal (id) on delete cascade,
    primary key (case_id, goal_id)
);

alter table audit_event add column municipality_code integer;
alter table audit_event add column detail text;
create index audit_event_by_municipality on audit_event (municipality_code, at);
