-- What a user may see, when an administrator limits them. A user without rows here sees
-- everything their roles allow; each row grants one unit (with every unit below it) or one
-- programme. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

create table app_user_scope_unit (
    user_id      bigint not null references app_user (id),
    org_unit_id  bigint not null references org_unit (id),
    primary key (user_id, org_unit_id)
);

create table app_user_scope_programme (
    user_id       bigint not null references app_user (id),
    programme_id  bigint not null references programme (id),
    primary key (user_id, programme_id)
);

-- A scope change records the granted ids, which can be longer than a role list.
alter table app_user_change alter column old_value set data type varchar(4000);
alter table app_user_change alter column new_value set data type varchar(4000);
