-- Sleutelnet schema: the audit log (V8 belongs to the interventions). One row per use-case call or disclosure,
-- written in the transaction of the change it records. Rows are only ever inserted: V9_1 adds a trigger that
-- refuses UPDATE and DELETE (and on PostgreSQL TRUNCATE), whoever asks. No contents of personal data are stored here:
-- only ids, the actor's username, the action, the purpose and the outcome. (No check of the outcome's value: H2
-- 2.4 fails on a check that compares a column with a text literal once the creating session is closed.)

create table audit_entry (
    id                     uuid          primary key,
    seq                    bigint        generated always as identity not null unique,
    trace_id               char(32)      not null,
    occurred_at            timestamp with time zone not null,
    actor_kind             varchar(20)   not null,
    actor_account          uuid,
    actor_name             varchar(100)  not null,
    action                 varchar(200)  not null,
    purpose                varchar(30)   not null,
    object_type            varchar(200),
    object_id              varchar(200),
    data_subjects          varchar(8000),
    outcome                varchar(10)   not null,
    error_code             varchar(200),
    origin_channel         varchar(20)   not null,
    origin_detail          varchar(200),
    client_address         varchar(64),
    disclosure_recipient   varchar(300),
    disclosure_legal_basis varchar(300),
    constraint audit_entry_actor check ((actor_kind = 'ACCOUNT') = (actor_account is not null)),
    constraint audit_entry_error check ((outcome = 'SUCCESS') = (error_code is null)),
    constraint audit_entry_disclosure check ((disclosure_recipient is null) = (disclosure_legal_basis is null))
);

-- the viewer lists newest first and filters by period, actor and object
create index audit_entry_newest_first on audit_entry (occurred_at, seq);
create index audit_entry_actor on audit_entry (actor_account);
create index audit_entry_object on audit_entry (object_id);
