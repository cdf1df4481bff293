-- Sleutelnet schema: the programme behind the approach, its funding lines and its costs (V10 and V11 belong to other
-- parts). Money in whole cents of a euro (bigint), never a floating-point number. Seeded with the programme of the
-- council decision of 21 December 2021: EUR 50,000 a year for 2022-2026 for the regisseur aanpak polarisatie, from
-- the Anti Discriminatie Voorziening Limburg funds in the Meicirculaire 2021 (the same as Programme.aanpakPolarisatie).

create table programme (
    id      uuid         primary key,
    name    varchar(120) not null,
    version bigint       not null
);

create table programme_funding_line (
    id                    uuid         primary key,
    programme_id          uuid         not null references programme (id),
    position              int          not null,
    source                varchar(300) not null,
    purpose               varchar(300) not null,
    from_year             int          not null,
    to_year               int          not null check (to_year >= from_year),
    amount_per_year_cents bigint       not null check (amount_per_year_cents >= 0),
    decision              varchar(300) not null,
    constraint programme_funding_line_position unique (programme_id, position)
);

create table programme_cost (
    id              uuid         primary key,
    programme_id    uuid         not null references programme (id),
    position        int          not null,
    date_from       date         not null,
    date_to         date         not null check (date_to >= date_from),
    amount_cents    bigint       not null check (amount_cents > 0),
    description     varchar(500) not null,
    intervention_id uuid,
    recorded_at     timestamp with time zone not null,
    recorded_by     uuid         not null,
    constraint programme_cost_position unique (programme_id, position)
);

create index programme_cost_period on programme_cost (programme_id, date_from, date_to);

insert into programme (id, name, version)
values ('5a1e0000-0000-4000-8000-000000000001', 'Aanpak polarisatie', 1);

insert into programme_funding_line (id, programme_id, position, source, purpose, from_year, to_year,
                                    amount_per_year_cents, decision)
values ('5a1e0000-0000-4000-8000-000000000002', '5a1e0000-0000-4000-8000-000000000001', 0,
        'Anti Discriminatie Voorziening Limburg (Meicirculaire 2021)', 'Regisseur aanpak polarisatie', 2022, 2026,
        5000000, 'Besluit burgemeester en wethouders van 21 december 2021');
