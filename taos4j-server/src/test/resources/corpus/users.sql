# Users (tdengine-sql.md §10, TDengine docs 60-user.md): CREATE/ALTER/DROP USER, password rules with
# enableStrongPassword 1 (3.3.7.5's default: 8-255 characters, at least three of upper case, lower case, digits and
# special characters), GRANT/REVOKE. Password error codes: 0x2610 and 0x2648 from taoserror.h; 0x2611 "Password too
# short or empty" is the parser's PASSWD_TOO_SHORT_OR_EMPTY (the text TDengine's own tests expect; 0x2611 is the slot
# of the former PAR_PASSWD_EMPTY). Logins are covered by conformance/UserAuthenticationTest. The session is root.

statement ok 0
create user u_a pass 'Abc#1234'

statement error 0x0350 User already exists
create user u_a pass 'Abc#1234'

statement ok 0
create user if not exists u_a pass 'Other#123'

statement ok 0
create user u_b pass 'Abc#1234' sysinfo 0 createdb 1

query
select name, super, `enable`, `sysinfo`, `createdb` from information_schema.ins_users order by name
----
name VARCHAR(24) | super TINYINT | enable TINYINT | sysinfo TINYINT | createdb TINYINT
root | 1 | 1 | 1 | 1
u_a | 0 | 1 | 1 | 0
u_b | 0 | 1 | 0 | 1

query
select count(*) from information_schema.ins_users where allowed_host is not null and create_time > '2020-01-01'
----
count(*) BIGINT
3

statement ok 0
alter user u_a enable 0

statement ok 0
alter user u_a sysinfo 0

statement ok 0
alter user u_a createdb 1

statement ok 0
alter user u_a pass 'Xyz#5678'

query
select name, `enable`, `sysinfo`, `createdb` from information_schema.ins_users where name = 'u_a'
----
name VARCHAR(24) | enable TINYINT | sysinfo TINYINT | createdb TINYINT
u_a | 0 | 0 | 1

query
select name from information_schema.ins_users where `enable` = 1 order by name
----
name VARCHAR(24)
root
u_b

# ---- password rules

statement error 0x2611 Password too short or empty
create user u_c pass '1234567'

statement error 0x2611 Password too short or empty
create user u_c pass ''

statement error 0x2648 Invalid password
create user u_c pass '12345678'

statement error 0x2648 Invalid password
create user u_c pass 'abcdEFGH'

statement error 0x2648 Invalid password
create user u_c pass 'abcd1234'

statement ok 0
create user u_c pass 'abcdEF12'

statement ok 0
create user u_d pass 'abcd12#$'

statement error 0x2610 Name or password too long
create user u_e pass 'Abc#xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'

statement ok 0
create user u_e pass 'Abc#xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'

statement error 0x2610 Name or password too long
create user abcdefghijklmnopqrstuvwx pass 'Abc#1234'

statement ok 0
create user abcdefghijklmnopqrstuvw pass 'Abc#1234'

statement error 0x2611 Password too short or empty
alter user u_a pass 'Ab#1'

statement error 0x2648 Invalid password
alter user u_a pass 'onlylowercase'

# ---- unknown and protected users

statement error 0x0351 Invalid user
alter user nosuch enable 0

statement error 0x0351 Invalid user
drop user nosuch

statement ok 0
drop user if exists nosuch

statement error 0x0303 Insufficient privilege for operation
drop user root

# ---- GRANT / REVOKE (recorded in ins_user_privileges; super users hold every privilege)

statement ok 0
create database c_usr

statement ok 0
create table c_usr.t (ts timestamp, v int)

statement ok 0
grant read on c_usr.* to u_b

statement ok 0
grant write on c_usr.t to u_b

statement ok 0
grant all on c_usr.* to u_a

query
select user_name, privilege, db_name from information_schema.ins_user_privileges where user_name != 'root' order by user_name, privilege
----
user_name VARCHAR(24) | privilege VARCHAR(10) | db_name VARCHAR(65)
u_a | read | c_usr
u_a | write | c_usr
u_b | read | c_usr
u_b | write | c_usr

statement ok 0
revoke write on c_usr.* from u_a

query
select user_name, privilege from information_schema.ins_user_privileges where user_name = 'u_a'
----
user_name VARCHAR(24) | privilege VARCHAR(10)
u_a | read

statement error 0x0388 Database not exist
grant read on c_nosuch.* to u_a

statement error 0x0351 Invalid user
grant read on c_usr.* to nosuch

statement ok 0
drop user u_a

statement ok 0
drop user u_e

query
select name from information_schema.ins_users order by name
----
name VARCHAR(24)
abcdefghijklmnopqrstuvw
root
u_b
u_c
u_d
