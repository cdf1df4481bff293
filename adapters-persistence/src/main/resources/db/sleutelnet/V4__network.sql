-- Sleutelnet schema, part 2: key persons, partners and ties.
-- No column holds special-category data (religion, ethnicity, politics, sexual orientation, health).

create table key_person (
    id                    uuid          primary key,
    display_name          varchar(100)  not null,
    email                 varchar(254),
    phone                 varchar(20),
    reach                 text          not null,   -- one description per line
    languages             varchar(200)  not null,   -- comma-separated ISO 639 codes
    contact_person        uuid          references account (id),
    notes                 varchar(2000) not null,
    last_contact          date,
    legal_ground          varchar(20),
    legal_recorded_on     date,
    legal_purposes        varchar(200),
    legal_how_given       varchar(300),
    legal_reference       varchar(300),
    legal_withdrawn_on    date,
    nominated_by_kind     varchar(20),
    nominated_by_id       uuid,
    nomination_motivation varchar(500),
    status                varchar(20)   not null,
    version               bigint        not null
);

create index key_person_name on key_person (display_name);

create table key_person_neighbourhood (
    key_person_id     uuid        not null references key_person (id) on delete cascade,
    neighbourhood_code varchar(10) not null references neighbourhood (code),
    primary key (key_person_id, neighbourhood_code)
);

create index key_person_neighbourhood_code on key_person_neighbourhood (neighbourhood_code);

create table key_person_theme (
    key_person_id uuid        not null references key_person (id) on delete cascade,
    theme_code    varchar(40) not null references theme (code),
    primary key (key_person_id, theme_code)
);

create table key_person_status_change (
    key_person_id uuid         not null references key_person (id) on delete cascade,
    step          integer      not null,
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    changed_at    timestamp with time zone not null,
    reason        varchar(500) not null,
    actor         uuid         not null,
    primary key (key_person_id, step)
);

create table partner (
    id      uuid          primary key,
    name    varchar(120)  not null,
    kind    varchar(40)   not null,
    email   varchar(254),
    phone   varchar(20),
    notes   varchar(1000) not null,
    active  boolean       not null,
    version bigint        not null
);

create table partner_neighbourhood (
    partner_id         uuid        not null references partner (id) on delete cascade,
    neighbourhood_code varchar(10) not null references neighbourhood (code),
    primary key (partner_id, neighbourhood_code)
);

create table tie (
    id           uuid        primary key,
    a_kind       varchar(20) not null,
    a_id         uuid        not null,
    b_kind       varchar(20) not null,
    b_id         uuid        not null,
    kind         varchar(20) not null,
    strength     integer     not null check (strength between 1 and 5),
    since        date        not null,
    last_contact date,
    version      bigint      not null,
    constraint tie_pair_unique unique (a_kind, a_id, b_kind, b_id)
);

create index tie_a on tie (a_kind, a_id);
create index tie_b on tie (b_kind, b_id);
