create table greeting (id bigserial primary key, text varchar(100) not null);
