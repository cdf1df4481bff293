-- Sleutelnet schema, part 3: signals, their sightings and their history.
-- A signal is about a neighbourhood x theme; its free text has been screened for personal identifiers.

create table signal (
    id               uuid          primary key,
    tracking_code    varchar(11)   not null,
    reporter_kind    varchar(20)   not null,
    reporter_id      uuid,
    reporter_label   varchar(120)  not null,
    how_obtained     varchar(30)   not null,
    intensity        integer       not null check (intensity between 1 and 5),
    description      varchar(2000) not null,
    observed_at      timestamp with time zone not null,
    received_at      timestamp with time zone not null,
    last_observed_at timestamp with time zone not null,   -- the signal's or its latest sighting's, for the window
    assignee         uuid          not null,
    status           varchar(20)   not null,
    reliability      varchar(20),
    interpretation   varchar(2000),
    assessed_at      timestamp with time zone,
    assessed_by      uuid,
    intervention_id  uuid,
    no_action_reason varchar(2000),
    version          bigint        not null,
    constraint signal_tracking_code_unique unique (tracking_code)
);

create index signal_last_observed on signal (last_observed_at);
create index signal_status_received on signal (status, received_at);
create index signal_received on signal (received_at);

create table signal_neighbourhood (
    signal_id          uuid        not null references signal (id) on delete cascade,
    neighbourhood_code varchar(10) not null references neighbourhood (code),
    primary key (signal_id, neighbourhood_code)
);

create index signal_neighbourhood_code on signal_neighbourhood (neighbourhood_code);

create table signal_theme (
    signal_id  uuid        not null references signal (id) on delete cascade,
    theme_code varchar(40) not null references theme (code),
    primary key (signal_id, theme_code)
);

create table signal_sighting (
    id             uuid          primary key,
    signal_id      uuid          not null references signal (id) on delete cascade,
    position       integer       not null,
    reporter_kind  varchar(20)   not null,
    reporter_id    uuid,
    reporter_label varchar(120)  not null,
    how_obtained   varchar(30)   not null,
    observed_at    timestamp with time zone not null,
    received_at    timestamp with time zone not null,
    note           varchar(2000) not null
);

create index signal_sighting_signal on signal_sighting (signal_id);

create table signal_event (
    signal_id uuid          not null references signal (id) on delete cascade,
    step      integer       not null,
    kind      varchar(20)   not null,
    at        timestamp with time zone not null,
    actor     uuid,
    note      varchar(2000) not null,
    primary key (signal_id, step)
);
