-- Every indicator declares which way is good; one nobody has judged (a Statistics Denmark import) is neutral.
alter table indicator add column good_direction text not null default 'NEUTRAL'
    check (good_direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'NEUTRAL'));

-- Register indicators defined before this version get the directions a new register import would give them.
update indicator set good_direction = 'HIGHER_IS_BETTER' where id like 'reg\_%\_andel\_selvforsoergende\_26';
update indicator set good_direction = 'LOWER_IS_BETTER'
where id like 'reg\_%' and id not like '%\_andel\_selvforsoergende\_26' and id not like '%\_afgang'
  and id not like '%\_afsluttet\_fulgt' and id not like '%\_selvforsoergende\_26';

-- A framework condition names the statistics table it comes from, besides its publisher and year.
alter table framework_condition add column source_table text;
