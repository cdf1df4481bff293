-- Sleutelnet schema, part 1: the register, themes, accounts and API tokens.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode (the embedded default).

create table district (
    code        varchar(8)   primary key,
    name        varchar(120) not null,
    outline     text
);

create table neighbourhood (
    code             varchar(10)  primary key,
    district_code    varchar(8)   not null references district (code),
    name             varchar(120) not null,
    inhabitants      integer,
    inhabitants_year integer,
    outline          text,
    constraint neighbourhood_inhabitants_counted check ((inhabitants is null) = (inhabitants_year is null)),
    constraint neighbourhood_inhabitants_positive check (inhabitants is null or inhabitants >= 0)
);

create table theme (
    code        varchar(40)  primary key,
    name        varchar(80)  not null,
    description varchar(500) not null,
    active      boolean      not null,
    list_position integer    not null,
    version     bigint       not null
);

create table account (
    id             uuid         primary key,
    username       varchar(64)  not null,
    display_name   varchar(100) not null,
    roles          varchar(200) not null,
    neighbourhoods text         not null,
    password_hash  varchar(200) not null,
    enabled        boolean      not null,
    created_at     timestamp with time zone not null,
    version        bigint       not null,
    constraint account_username_unique unique (username)
);

create table api_token (
    id          uuid        primary key,
    account_id  uuid        not null references account (id),
    name        varchar(80) not null,
    secret_hash char(64)    not null,
    issued_at   timestamp with time zone not null,
    issued_by   uuid        not null,
    revoked_at  timestamp with time zone,
    constraint api_token_secret_hash_unique unique (secret_hash)
);

create index api_token_account on api_token (account_id);
