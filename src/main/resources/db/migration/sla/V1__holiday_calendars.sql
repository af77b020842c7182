create schema if not exists sla;

-- The holiday calendars stores follow (setting sla.holiday-calendar picks one per region).
create table sla.holiday_calendar (
    code  varchar(8) primary key,
    names jsonb      not null
);
insert into sla.holiday_calendar (code, names) values
    ('CN', '{"zh-CN": "中国大陆", "zh-TW": "中國大陸", "en": "Mainland China"}'),
    ('TW', '{"zh-CN": "台湾", "zh-TW": "臺灣", "en": "Taiwan"}'),
    ('HK', '{"zh-CN": "香港", "zh-TW": "香港", "en": "Hong Kong"}');

-- Dates that differ from an ordinary week: public holidays and worked weekends (调休上班 / 補行上班).
create table sla.calendar_day (
    calendar_code varchar(8)  not null references sla.holiday_calendar (code),
    day           date        not null,
    kind          varchar(8)  not null,
    name          varchar(60) not null,
    constraint calendar_day_pkey primary key (calendar_code, day),
    constraint calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);

-- Years imported from a file (bundled or by an admin): the start-up loader imports a bundled year only once.
create table sla.calendar_year (
    calendar_code varchar(8)  not null references sla.holiday_calendar (code),
    year          integer     not null,
    source        varchar(40) not null,
    imported_at   timestamptz not null default now(),
    constraint calendar_year_pkey primary key (calendar_code, year)
);
