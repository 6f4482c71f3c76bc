-- Framework conditions (rammevilkår) per municipality, with where each value comes from.
create table framework_condition (
    municipality_code integer not null references municipality (code),
    condition_id      text not null,
    value             double precision not null,
    source            text not null,
    year              integer not null,
    synthetic         boolean not null default false,
    primary key (municipality_code, condition_id)
);
