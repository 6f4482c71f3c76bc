-- Trust: an append-only audit trail with what a data protection officer asks for, local and single-sign-on
-- users, and the installation's own settings.

alter table audit_event add column address text;        -- the client's address, when the event came over HTTP
alter table audit_event add column reason text;         -- why an individual's record was read, when given
alter table audit_event alter column at set default now();
create index audit_event_by_time on audit_event (at);
create index audit_event_by_user on audit_event (username, at);

-- The trail can only grow: no update, delete or truncate, whoever asks (the application's role has no such
-- privilege either; see SchemaPrivileges).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'Revisionssporet kan ikke ændres eller slettes';
end
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

alter table app_user add column sign_in text not null default 'LOKAL';  -- LOKAL (password) or SSO
alter table app_user add column created_at timestamptz not null default now();
alter table app_user add column password_changed_at timestamptz;
alter table app_user alter column password_hash drop not null;        -- SSO users have no password here

-- Facts about this installation, e.g. that the demo users were made once.
create table installation_setting (
    key        text primary key,
    value      text not null,
    changed_at timestamptz not null default now()
);
