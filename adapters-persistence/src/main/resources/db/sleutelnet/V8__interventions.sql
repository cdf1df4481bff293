-- Sleutelnet schema: interventions (interventies, aanpak op maat).
-- One row per intervention with what it is about, its owner, status, current involvement (so the board filters on it
-- in SQL), capacity judgement, exit criteria and evaluation; its scope, signals, participants, tasks, initiatives,
-- members present, tagged dynamics, involvement ladder and timeline in child tables, all deleted with it.
-- Members of the network (participants, members present) and signals are referred to by id without a foreign key, as
-- the poll answers do: erasing a key person has to reach these rows itself (docs/interventions.md, open points).
-- A polarisation role is only ever stored with a description of a dynamic, never with a person or member.
-- Free text is screened before it gets here; the lengths are the domain's limits.

create table intervention (
    id                      uuid          primary key,
    title                   varchar(120)  not null,
    goal                    varchar(2000) not null,
    type                    varchar(30)   not null,
    owner                   uuid          not null,
    status                  varchar(10)   not null,
    involvement             varchar(12)   not null,   -- the current level, the last step of intervention_step
    planned_at              timestamp with time zone not null,   -- the first timeline entry, for the order of lists
    capacity                varchar(10),
    capacity_judgement      varchar(2000),
    capacity_drawn_at       timestamp with time zone,
    exit_level              varchar(20),
    exit_days               integer       check (exit_days between 1 and 365),
    outcome                 varchar(20),
    lessons                 varchar(2000),
    follow_up               varchar(2000),
    start_temperature_at    timestamp with time zone,   -- computed by the temperature model, never typed
    start_temperature_level varchar(20),
    start_temperature_score double precision check (start_temperature_score >= 0),
    close_temperature_at    timestamp with time zone,
    close_temperature_level varchar(20),
    close_temperature_score double precision check (close_temperature_score >= 0),
    version                 bigint        not null,
    constraint intervention_capacity_whole check ((capacity is null) = (capacity_judgement is null)
        and (capacity is null) = (capacity_drawn_at is null)),
    constraint intervention_exit_whole check ((exit_level is null) = (exit_days is null)),
    constraint intervention_evaluation_whole check ((outcome is null) = (lessons is null)
        and (outcome is null) = (follow_up is null) and (outcome is null) = (start_temperature_at is null)
        and (outcome is null) = (close_temperature_at is null))
);

-- the board: newest first, filtered on status, involvement and owner
create index intervention_planned on intervention (planned_at);
create index intervention_status on intervention (status, planned_at);
create index intervention_involvement on intervention (involvement);
create index intervention_owner on intervention (owner);

create table intervention_neighbourhood (
    intervention_id    uuid        not null references intervention (id) on delete cascade,
    neighbourhood_code varchar(10) not null references neighbourhood (code),
    primary key (intervention_id, neighbourhood_code)
);

-- the board's buurt filter and a professional's buurten
create index intervention_neighbourhood_code on intervention_neighbourhood (neighbourhood_code);

create table intervention_theme (
    intervention_id uuid        not null references intervention (id) on delete cascade,
    theme_code      varchar(40) not null references theme (code),
    primary key (intervention_id, theme_code)
);

create index intervention_theme_code on intervention_theme (theme_code);

-- the signals that led to it (the signal's own intervention_id points back)
create table intervention_signal (
    intervention_id uuid not null references intervention (id) on delete cascade,
    signal_id       uuid not null,
    primary key (intervention_id, signal_id)
);

-- "which intervention took up this signal"
create index intervention_signal_signal on intervention_signal (signal_id);

create table intervention_participant (
    intervention_id uuid         not null references intervention (id) on delete cascade,
    position        integer      not null,
    member_kind     varchar(20)  not null,
    member_id       uuid         not null,
    part            varchar(500) not null,
    primary key (intervention_id, position),
    constraint intervention_participant_once unique (intervention_id, member_kind, member_id)
);

create table intervention_task (
    intervention_id uuid         not null references intervention (id) on delete cascade,
    id              uuid         not null,
    position        integer      not null,
    description     varchar(500) not null,
    assignee        uuid         not null,
    due             date         not null,
    done_at         timestamp with time zone,
    done_by         uuid,
    primary key (intervention_id, id),
    constraint intervention_task_position unique (intervention_id, position),
    constraint intervention_task_done_by_whom check ((done_at is null) = (done_by is null))
);

-- a professional sees the interventions with a task for them
create index intervention_task_assignee on intervention_task (assignee);

-- the capacity assessment's local initiatives, in the writer's order
create table intervention_initiative (
    intervention_id uuid         not null references intervention (id) on delete cascade,
    position        integer      not null,
    initiative      varchar(300) not null,
    primary key (intervention_id, position)
);

-- the key persons and partners present in the scope, as drawn from the network at capacity_drawn_at
create table intervention_present_member (
    intervention_id uuid        not null references intervention (id) on delete cascade,
    member_kind     varchar(20) not null,
    member_id       uuid        not null,
    primary key (intervention_id, member_kind, member_id)
);

-- a polarisation role tags a described dynamic for a period; no column can hold a person
create table intervention_dynamic (
    intervention_id uuid          not null references intervention (id) on delete cascade,
    id              uuid          not null,
    position        integer       not null,
    role            varchar(20)   not null,
    dynamic         varchar(1000) not null,
    period_from     date          not null,
    period_to       date,
    primary key (intervention_id, id),
    constraint intervention_dynamic_position unique (intervention_id, position),
    constraint intervention_dynamic_period check (period_to is null or period_to >= period_from)
);

-- the involvement ladder, append-only; a withdrawal keeps the decision on the temperature it was taken on and the
-- justification that stood in for it when the decision did not allow it
create table intervention_step (
    intervention_id          uuid          not null references intervention (id) on delete cascade,
    step                     integer       not null,
    from_level               varchar(12),
    to_level                 varchar(12)   not null,
    at                       timestamp with time zone not null,
    reason                   varchar(500)  not null,
    actor                    uuid          not null,
    decision_as_of           date,
    decision_exit_level      varchar(20),
    decision_exit_days       integer,
    decision_current_level   varchar(20),
    decision_days_at_or_below integer,
    decision_breach_day      date,
    decision_breach_level    varchar(20),
    justification            varchar(2000) not null,
    primary key (intervention_id, step),
    constraint intervention_step_decision_whole check ((decision_as_of is null) = (decision_exit_level is null)
        and (decision_as_of is null) = (decision_exit_days is null)
        and (decision_as_of is null) = (decision_current_level is null)
        and (decision_as_of is null) = (decision_days_at_or_below is null)
        and (decision_breach_day is null) = (decision_breach_level is null))
);

-- everything that happened, one entry per command, append-only
create table intervention_timeline (
    intervention_id uuid          not null references intervention (id) on delete cascade,
    position        integer       not null,
    kind            varchar(30)   not null,
    at              timestamp with time zone not null,
    actor           uuid          not null,
    note            varchar(2000) not null,
    subject         uuid,
    primary key (intervention_id, position)
);
