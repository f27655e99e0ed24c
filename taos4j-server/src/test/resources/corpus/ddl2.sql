# More DDL (tdengine-sql.md §3.2, §4.1-4.3): ALTER DATABASE, ALTER STABLE/TABLE on columns, tags and options,
# multi-table CREATE and DROP.

statement ok 0
create database c_alter keep 3650 duration 10d vgroups 3

# ---- ALTER DATABASE: the mutable options change, PRECISION and VGROUPS are not options of ALTER

statement ok 0
alter database c_alter keep 100d

statement ok 0
alter database c_alter cachemodel 'last_row' cachesize 2 buffer 64 pages 128 wal_level 2 wal_fsync_period 1000 stt_trigger 1 minrows 50

query
select `keep`, `cachemodel`, `cachesize`, `buffer`, `pages`, `wal_level`, `wal_fsync_period`, `stt_trigger`, `minrows`, `vgroups`, `precision` from information_schema.ins_databases where name = 'c_alter'
----
keep VARCHAR(32) | cachemodel VARCHAR(11) | cachesize INT | buffer INT | pages INT | wal_level TINYINT | wal_fsync_period INT | stt_trigger SMALLINT | minrows INT | vgroups INT | precision VARCHAR(2)
100d,100d,100d | last_row | 2 | 64 | 128 | 2 | 1000 | 1 | 50 | 3 | ms

statement ok 0
alter database c_alter keep 30d,60d,90d

query
select `keep` from information_schema.ins_databases where name = 'c_alter'
----
keep VARCHAR(32)
30d,60d,90d

statement error 0x2600 syntax error near "precision 'us'"
alter database c_alter precision 'us'

statement error 0x2600 syntax error near "vgroups 4"
alter database c_alter vgroups 4

statement error 0x2619 Invalid duration value, should be keep2 >= keep1 >= keep0 >= 3 * duration
alter database c_alter keep 1d,2d,3d

statement error 0x0388 Database not exist
alter database c_nosuch keep 100d

# rows older than now - KEEP are refused
statement ok 0
create table c_alter.t (ts timestamp, v int)

statement error 0x060B Timestamp data out of range
insert into c_alter.t values ('2020-01-01 00:00:00', 1)

statement ok 0
drop database c_alter

statement ok 0
create database c_ddl2

statement ok 0
use c_ddl2

# ---- several child tables in one CREATE TABLE

statement ok 0
create stable meters (ts timestamp, current float, voltage int) tags (groupid int, location varchar(16))

statement ok 0
create table d1 using meters tags (1, 'SF') d2 using meters tags (2, 'LA') d3 using meters (location) tags ('NY')

statement ok 0
create table if not exists d1 using meters tags (9, 'x') d4 using meters tags (4, 'Boston')

query
select table_name, tag_name, tag_value from information_schema.ins_tags where db_name = 'c_ddl2' and tag_name = 'groupid' order by table_name
----
table_name VARCHAR(192) | tag_name VARCHAR(64) | tag_value VARCHAR(16384)
d1 | groupid | 1
d2 | groupid | 2
d3 | groupid | NULL
d4 | groupid | 4

# one existing name without IF NOT EXISTS fails the statement, but the other children are created
statement error 0x0603 Table already exists
create table d1 using meters tags (1, 'SF') d5 using meters tags (5, 'Austin')

query
show tables
----
table_name VARCHAR(192)
d1
d2
d3
d4
d5

statement ok 3
insert into d1 values ('2024-01-01 00:00:00', 1.5, 220) d2 values ('2024-01-01 00:00:00', 2.5, 230) d3 values ('2024-01-01 00:00:00', 3.5, 240)

# ---- SET TAG: one or several tags of a child table

statement ok 0
alter table d3 set tag groupid = 3

statement ok 0
alter table d2 set tag groupid = 20, location = 'Los Angeles'

query
select tbname, groupid, location from meters order by tbname
----
tbname VARCHAR(270) | groupid INT | location VARCHAR(16)
d1 | 1 | SF
d2 | 20 | Los Angeles
d3 | 3 | NY

statement ok 0
alter table d1 set tag location = NULL

query
select location from d1
----
location VARCHAR(16)
NULL

statement error 0x2649 Invalid tag name: nosuch
alter table d1 set tag nosuch = 1

statement error 0x0216 syntax error near 'abc' (invalid int data)
alter table d1 set tag groupid = 'abc'

statement error 0x2653 Value too long for column/tag: location
alter table d1 set tag location = 'a location longer than sixteen bytes'

# ---- ALTER STABLE on tags: a new tag is NULL on existing children

statement ok 0
alter stable meters add tag zone varchar(8)

query
select tbname, zone from meters order by tbname
----
tbname VARCHAR(270) | zone VARCHAR(8)
d1 | NULL
d2 | NULL
d3 | NULL

statement ok 0
alter table d1 set tag zone = 'west'

statement ok 0
alter stable meters modify tag zone varchar(20)

statement ok 0
alter stable meters rename tag zone region

query
select tbname, region from meters where region is not null
----
tbname VARCHAR(270) | region VARCHAR(20)
d1 | west

statement error 0x264B Only varbinary/binary/nchar/geometry column length could be modified, and the length can only be increased, not decreased
alter stable meters modify tag region varchar(10)

statement error 0x264B Only varbinary/binary/nchar/geometry column length could be modified, and the length can only be increased, not decreased
alter stable meters modify tag groupid bigint

statement ok 0
alter stable meters drop tag region

query
describe d1
----
field VARCHAR(325) | type VARCHAR(20) | length INT | note VARCHAR(16) | encode VARCHAR(12) | compress VARCHAR(12) | level VARCHAR(12)
ts | TIMESTAMP | 8 |  | delta-i | lz4 | medium
current | FLOAT | 4 |  | delta-d | lz4 | medium
voltage | INT | 4 |  | simple8b | lz4 | medium
groupid | INT | 4 | TAG | disabled | disabled | disabled
location | VARCHAR | 16 | TAG | disabled | disabled | disabled

# ---- ALTER STABLE on columns: old rows read NULL in a new column; dropped columns disappear

statement ok 0
alter stable meters add column phase double

statement ok 1
insert into d1 values ('2024-01-01 00:00:01', 1.75, 221, 0.5)

query
select ts, voltage, phase from d1
----
ts TIMESTAMP | voltage INT | phase DOUBLE
2024-01-01 00:00:00.000 | 220 | NULL
2024-01-01 00:00:01.000 | 221 | 0.5

statement ok 0
alter stable meters add column note varchar(4)

statement ok 0
alter stable meters modify column note varchar(12)

statement ok 0
alter stable meters drop column current

query
select * from d1
----
ts TIMESTAMP | voltage INT | phase DOUBLE | note VARCHAR(12)
2024-01-01 00:00:00.000 | 220 | NULL | NULL
2024-01-01 00:00:01.000 | 221 | 0.5 | NULL

statement error 0x03C2 Invalid stable alter options
alter stable meters drop column ts

statement error 0x264B Only varbinary/binary/nchar/geometry column length could be modified, and the length can only be increased, not decreased
alter stable meters modify column voltage bigint

statement error 0x263C Duplicated column names
alter stable meters add column voltage int

statement error 0x2649 Invalid alter table statement
alter table d1 add column other int

statement error 0x2649 Invalid alter table statement
alter table d1 drop column phase

statement ok 0
alter stable meters comment 'power meters'

query
show create stable meters
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
meters | CREATE STABLE `meters` (`ts` TIMESTAMP, `voltage` INT, `phase` DOUBLE, `note` VARCHAR(12)) TAGS (`groupid` INT, `location` VARCHAR(16)) COMMENT 'power meters'

# ---- normal tables: columns, RENAME COLUMN, COMMENT and TTL

statement ok 0
create table nt (ts timestamp, v int, s varchar(10)) comment 'hello' ttl 5

query
show create table nt
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
nt | CREATE TABLE `nt` (`ts` TIMESTAMP, `v` INT, `s` VARCHAR(10)) COMMENT 'hello' TTL 5

statement ok 0
alter table nt comment 'bye'

statement ok 0
alter table nt ttl 10

statement ok 0
alter table nt add column w bigint

statement ok 0
alter table nt rename column s text

statement ok 0
alter table nt modify column text varchar(20)

statement ok 0
alter table nt drop column v

query
show create table nt
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
nt | CREATE TABLE `nt` (`ts` TIMESTAMP, `text` VARCHAR(20), `w` BIGINT) COMMENT 'bye' TTL 10

query
select table_name, `ttl`, table_comment, `type` from information_schema.ins_tables where db_name = 'c_ddl2' and table_name = 'nt'
----
table_name VARCHAR(192) | ttl INT | table_comment VARCHAR(1024) | type VARCHAR(21)
nt | 10 | bye | NORMAL_TABLE

statement error 0x264B Only varbinary/binary/nchar/geometry column length could be modified, and the length can only be increased, not decreased
alter table nt modify column text varchar(5)

# ---- DROP TABLE of several tables, DROP STABLE

statement error 0x2603 Table does not exist
drop table d4, d_missing

statement ok 0
drop table d4, if exists d_missing, d5

query
show tables
----
table_name VARCHAR(192)
d1
d2
d3
nt

query
select count(*) from meters
----
count(*) BIGINT
4

statement ok 0
drop table d2

query
select tbname, count(*) from meters group by tbname order by tbname
----
tbname VARCHAR(270) | count(*) BIGINT
d1 | 2
d3 | 1

statement ok 0
drop stable meters

query
show tables
----
table_name VARCHAR(192)
nt

statement error 0x0362 STable not exist
drop stable meters

statement ok 0
create stable m2 (ts timestamp, v int) tags (t int)

statement ok 0
create table m2c using m2 tags (1)

# DROP TABLE also drops a super table, with its children
statement ok 0
drop table m2

query
show stables
----
stable_name VARCHAR(192)

statement ok 0
drop database c_ddl2

query
show databases
----
name VARCHAR(64)
information_schema
performance_schema
