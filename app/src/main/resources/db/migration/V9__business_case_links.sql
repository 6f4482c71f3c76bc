-- Issue 12: a business case attached to a committee decision's alternative and to the goals it serves, with the
-- week-by-week path it expects, so actual figures can be followed up against it as new register data arrive.

alter table business_case add column expected_path jsonb;  -- {"saved_person_weeks": [...], "municipal_dkk": [...]}

create table business_case_link (
    case_id        bigint primary key references business_case (id) on delete cascade,
    decision_id    bigint references decision_case (id) on delete cascade,
    alternative_id bigint references decision_alternative (id) on delete cascade,
    start_month    date not null,                        -- the first day of the month the effort starts
    linked_by      text not null,
    linked_at      timestamptz not null default now(),
    check ((decision_id is null) = (alternative_id is null))
);

create table business_case_goal (
    case_id bigint not null references business_case (id) on delete cascade,
    goal_id bigint not null references goal (id) on delete cascade,
    primary key (case_id, goal_id)
);
