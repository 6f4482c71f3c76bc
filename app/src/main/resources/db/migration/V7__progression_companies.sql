-- Citizens' progression towards work or education (personal data, pseudonymous), the jobcentre's company
-- collaboration (virksomhedsservice) and the committee's dialogue with citizens and companies.

-- A citizen far from the labour market, known only by the jobcentre's own case reference (never a CPR number).
create table progression_citizen (
    id                bigserial primary key,
    municipality_code integer not null references municipality (code),
    case_ref          text not null,
    target_group      text not null,            -- plan.TargetGroup
    team              text not null,
    effort            text,                     -- current effort (tilbud), progression.Effort
    goal              text,                     -- the citizen's own goal
    opened_on         date not null,
    closed_on         date,                     -- the case closed; retention runs from here
    synthetic         boolean not null default false,
    created_by        text not null,
    created_at        timestamptz not null,
    unique (municipality_code, case_ref)
);
create index progression_citizen_by_closing on progression_citizen (closed_on) where closed_on is not null;

create table progression_subgoal (
    id         bigserial primary key,
    citizen_id bigint not null references progression_citizen (id) on delete cascade,
    ordinal    integer not null,
    text       text not null,
    unique (citizen_id, ordinal)
);

-- An assessment at a conversation; one per citizen and date (a re-import of the same date replaces it).
create table progression_assessment (
    id          bigserial primary key,
    citizen_id  bigint not null references progression_citizen (id) on delete cascade,
    assessed_on date not null,
    effort      text,                           -- the effort the citizen was in at the time
    recorded_by text not null,
    recorded_at timestamptz not null,
    unique (citizen_id, assessed_on)
);

-- 1-5 per dimension; null = ikke vurderet. The caseworker's view and, optionally, the citizen's own.
create table progression_score (
    assessment_id bigint not null references progression_assessment (id) on delete cascade,
    dimension     text not null,
    caseworker    smallint check (caseworker between 1 and 5),
    citizen       smallint check (citizen between 1 and 5),
    primary key (assessment_id, dimension)
);

create table progression_subgoal_progress (
    assessment_id bigint not null references progression_assessment (id) on delete cascade,
    subgoal_id    bigint not null references progression_subgoal (id) on delete cascade,
    progress      text not null check (progress in ('IKKE_STARTET', 'I_GANG', 'NAAET')),
    primary key (assessment_id, subgoal_id)
);

-- A municipality's own set of dimensions; none stored = the default BIP-style eleven.
create table progression_dimension (
    municipality_code integer not null references municipality (code),
    id                text not null,
    name              text not null,
    ordinal           integer not null,
    primary key (municipality_code, id)
);

-- The teams a caseworker works in: with any row, she sees only the citizens of those teams.
create table caseworker_team (
    municipality_code integer not null references municipality (code),
    username          text not null,
    team              text not null,
    primary key (municipality_code, username, team)
);

-- Companies as the jobcentre's CRM knows them, per municipality (the same CVR may work with several jobcentres).
create table company (
    municipality_code    integer not null references municipality (code),
    cvr                  char(8) not null,
    name                 text not null,
    industry             text,
    size_band            text,                  -- 1-9, 10-49, 50-249, 250+
    sector               text not null check (sector in ('PRIVAT', 'OFFENTLIG')),
    address_municipality integer references municipality (code),
    synthetic            boolean not null default false,
    changed_at           timestamptz not null,
    primary key (municipality_code, cvr)
);

create table company_contact (
    municipality_code integer not null,
    cvr               char(8) not null,
    contacted_on      date not null,
    kind              text not null check (kind in ('BESOEG', 'MOEDE', 'TELEFON', 'MAIL')),
    topic             text,
    primary key (municipality_code, cvr, contacted_on, kind),
    foreign key (municipality_code, cvr) references company (municipality_code, cvr) on delete cascade
);

create table company_agreement (
    municipality_code integer not null,
    cvr               char(8) not null,
    signed_on         date not null,
    ends_on           date,
    social_terms      text,                     -- the company's social-responsibility commitments
    primary key (municipality_code, cvr, signed_on),
    foreign key (municipality_code, cvr) references company (municipality_code, cvr) on delete cascade
);

create table company_inquiry (
    municipality_code integer not null,
    ref               text not null,            -- the CRM's own id of the inquiry
    cvr               char(8) not null,
    received_at       timestamp not null,       -- Danish local time
    answered_at       timestamp,
    topic             text,
    primary key (municipality_code, ref),
    foreign key (municipality_code, cvr) references company (municipality_code, cvr) on delete cascade
);

-- A citizen placed with a company; the citizen only through the progression record, never by name.
create table company_placement (
    municipality_code integer not null,
    ref               text not null,            -- the CRM's own id of the placement
    cvr               char(8) not null,
    kind              text not null check (kind in ('LOENTILSKUD', 'VIRKSOMHEDSPRAKTIK', 'FLEKSJOB', 'ORDINAERT_JOB')),
    started_on        date not null,
    ended_on          date,
    citizen_id        bigint references progression_citizen (id) on delete set null,
    outcome           text check (outcome in ('JOB', 'UDDANNELSE', 'INGEN')),
    outcome_on        date,
    primary key (municipality_code, ref),
    foreign key (municipality_code, cvr) references company (municipality_code, cvr) on delete cascade
);

-- The service level the council set for answering companies, and how many companies the municipality has.
create table company_service_level (
    municipality_code integer primary key references municipality (code),
    answer_days       numeric not null,
    set_by            text not null,
    set_at            timestamptz not null
);

create table company_population (
    municipality_code integer not null references municipality (code),
    year              integer not null,
    companies         integer not null check (companies > 0),
    source            text not null,
    primary key (municipality_code, year)
);

-- Dialogue meetings of the committee with citizens and companies.
create table dialogue_meeting (
    id                bigserial primary key,
    municipality_code integer not null references municipality (code),
    held_on           date not null,
    audience          text not null check (audience in ('BORGERE', 'VIRKSOMHEDER', 'BEGGE')),
    participants      text not null,            -- the group met, e.g. "sygedagpengemodtagere i aktivering"
    themes            text not null,
    takeaways         text,                     -- what the committee took with it
    synthetic         boolean not null default false,
    created_by        text not null,
    created_at        timestamptz not null
);
create index dialogue_meeting_by_date on dialogue_meeting (municipality_code, held_on);
