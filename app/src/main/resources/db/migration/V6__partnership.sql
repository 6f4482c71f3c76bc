-- The partnership half of Råderum: partnerships and their members, the temperature measurement (survey across roles
-- and interviews), the six recommendations as the council's action plan, network meetings and the practice library.

create table partnership (
    id          text primary key,                 -- a slug, e.g. "politisk-partnerskab-2013"
    name        text not null,
    kind        text not null,                    -- POLITISK_PARTNERSKAB, FLERE_I_ARBEJDE
    period_from date not null,
    period_to   date,                             -- null: still running
    description text not null
);

create table partnership_stage (
    partnership_id text not null references partnership (id),
    position       integer not null,
    name           text not null,
    primary key (partnership_id, position)
);

-- Membership is public. No foreign key to municipality: the municipalities are loaded after the migrations;
-- PartnershipTest checks every code against the geography.
create table partnership_member (
    partnership_id    text not null,
    stage_position    integer not null,
    municipality_code integer not null,
    focus_groups      text[] not null default '{}',   -- UNGE, LANGT_FRA_ARBEJDSMARKEDET, FLYGTNINGE
    example           boolean not null default false, -- a demo member or a demo choice of focus groups
    primary key (partnership_id, municipality_code),
    foreign key (partnership_id, stage_position) references partnership_stage (partnership_id, position)
);

insert into partnership (id, name, kind, period_from, period_to, description) values
    ('politisk-partnerskab-2013', 'KL''s politiske partnerskab om beskæftigelse', 'POLITISK_PARTNERSKAB',
     '2013-01-01', '2014-12-31',
     'KL og 26 kommuner i to etaper arbejdede med den politiske styring af beskæftigelsesindsatsen: temperaturmåling '
     || 'med benchmark og interview, fremlæggelse for kommunalbestyrelsen, workshops om de seks anbefalinger og '
     || 'netværksmøder for borgmestre, udvalgsformænd og topembedsmænd.'),
    ('flere-i-arbejde', 'Flere i arbejde', 'FLERE_I_ARBEJDE', '2016-01-01', null,
     'Partnerskab mellem KL og kommuner om en mere effektiv indsats. Hver kommune vælger en eller flere målgrupper: '
     || 'unge, ledige langt fra arbejdsmarkedet og flygtninge, og forpligter sig til samarbejde med de andre.');

insert into partnership_stage (partnership_id, position, name) values
    ('politisk-partnerskab-2013', 1, 'Første etape (2013)'),
    ('politisk-partnerskab-2013', 2, 'Anden etape (2014)'),
    ('flere-i-arbejde', 1, 'Deltagende kommuner');

insert into partnership_member (partnership_id, stage_position, municipality_code)
select 'politisk-partnerskab-2013', 1, code from unnest(array[420, 530, 400, 153, 430, 657, 860, 316, 661, 756, 326, 751]) code;
insert into partnership_member (partnership_id, stage_position, municipality_code)
select 'politisk-partnerskab-2013', 2, code from unnest(array[151, 210, 813, 250, 510, 260, 167, 169, 101, 350, 840, 706, 575, 630]) code;

-- A temperature measurement: one municipality's survey across roles, with its interviews.
create table temperature_measurement (
    id                bigserial primary key,
    municipality_code integer not null references municipality (code),
    year              integer not null,
    synthetic         boolean not null default false,   -- demo answers, shown as "syntetisk" everywhere
    created_by        text not null,
    created_at        timestamptz not null default now()
);
create index temperature_measurement_by_municipality on temperature_measurement (municipality_code, year);

-- The statements are copied into each measurement, so a later change of wording never rewrites an old result.
create table temperature_statement (
    id             bigserial primary key,
    measurement_id bigint not null references temperature_measurement (id),
    recommendation integer not null check (recommendation between 1 and 6),
    position       integer not null,
    body           text not null
);

-- A single-use code is kept only as its SHA-256 and only until it is used: using it deletes the row, so no stored
-- row says which code (and so which person) gave which answer, or when.
create table temperature_invitation (
    code_hash      bytea primary key,
    measurement_id bigint not null references temperature_measurement (id),
    role           text not null
);

-- The answers, as counts per statement, role and score (0 = "ved ikke"): there is no row per respondent or per
-- answer, so there is no insertion order, key or time to join to anything. Every answer rewrites all of the
-- measurement's rows in one statement, so no row's version tells which rows the newest answer changed.
create table temperature_tally (
    statement_id bigint not null references temperature_statement (id),
    role         text not null,
    score        smallint not null check (score between 0 and 5),
    answers      integer not null default 0,
    primary key (statement_id, role, score)
);

-- Free-text comments keep the role only; the measurement's comments are rewritten in random order with each new one.
create table temperature_comment (
    measurement_id bigint not null references temperature_measurement (id),
    role           text not null,
    body           text not null
);

create table temperature_interview (
    id             bigserial primary key,
    measurement_id bigint not null references temperature_measurement (id),
    interview_date date not null,
    role           text not null,
    key_points     text not null,
    created_by     text not null,
    created_at     timestamptz not null default now()
);

create table temperature_interview_theme (
    interview_id   bigint not null references temperature_interview (id) on delete cascade,
    recommendation integer not null check (recommendation between 1 and 6),
    primary key (interview_id, recommendation)
);

-- The practice library (god praksis).
create table practice (
    id                bigserial primary key,
    municipality_code integer not null references municipality (code),
    title             text not null,
    description       text not null,
    start_month       date not null,
    contact_role      text not null,
    example           boolean not null default false,
    created_by        text not null,
    created_at        timestamptz not null default now()
);

create table practice_recommendation (
    practice_id    bigint not null references practice (id) on delete cascade,
    recommendation integer not null check (recommendation between 1 and 6),
    primary key (practice_id, recommendation)
);

create table practice_target_group (
    practice_id  bigint not null references practice (id) on delete cascade,
    target_group text not null,
    primary key (practice_id, target_group)
);

create table practice_indicator (
    practice_id  bigint not null references practice (id) on delete cascade,
    indicator_id text not null references indicator (id),
    primary key (practice_id, indicator_id)
);

-- The council's action plan: the recommendations' actions (key "3.2") and adopted practices (key "praksis-7").
create table action_plan_item (
    id                bigserial primary key,
    municipality_code integer not null references municipality (code),
    action_key        text not null,
    recommendation    integer not null check (recommendation between 1 and 6),
    title             text not null,
    practice_id       bigint references practice (id),
    status            text not null,                 -- IKKE_STARTET, I_GANG, GENNEMFOERT
    owner             text,
    deadline          date,
    example           boolean not null default false,
    changed_by        text not null,
    changed_at        timestamptz not null default now(),
    unique (municipality_code, action_key)
);

create table action_plan_goal (
    item_id bigint not null references action_plan_item (id) on delete cascade,
    goal_id bigint not null references goal (id) on delete cascade,
    primary key (item_id, goal_id)
);

-- Network meetings and workshops of a partnership, visible to its members and the network.
create table network_meeting (
    id             bigserial primary key,
    partnership_id text not null references partnership (id),
    meeting_date   date not null,
    place          text not null,
    kind           text not null,                    -- NETVAERKSMOEDE, WORKSHOP, TEMPERATURMOEDE
    roles          text[] not null default '{}',     -- who took part, e.g. borgmestre, udvalgsformænd
    agenda         text not null,
    minutes        text not null default '',
    agreements     text not null default '',
    example        boolean not null default false,
    changed_by     text not null,
    changed_at     timestamptz not null default now()
);

create table network_meeting_municipality (
    meeting_id        bigint not null references network_meeting (id) on delete cascade,
    municipality_code integer not null,
    primary key (meeting_id, municipality_code)
);
