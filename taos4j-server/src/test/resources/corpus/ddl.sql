# Databases, super/child/normal tables, DESCRIBE, DROP (tdengine-sql.md §3, §4, §12.2)

statement ok 0
create database c_ddl precision 'ms'

statement error 0x0381 Database already exists
create database c_ddl

statement ok 0
create database if not exists c_ddl

statement error 0x2619 Invalid option precision: xs
create database c_bad precision 'xs'

statement error 0x2619 Invalid duration value, should be keep2 >= keep1 >= keep0 >= 3 * duration
create database c_bad keep 1d,2d,3d

statement ok 0
create database c_opts keep 3650 duration 10d vgroups 4 wal_level 1 cachemodel 'last_row' buffer 128

query
show create database c_opts
----
Database VARCHAR(63) | Create Database VARCHAR(65517)
c_opts | CREATE DATABASE `c_opts` BUFFER 128 CACHESIZE 1 CACHEMODEL 'last_row' COMP 2 DURATION 10d WAL_FSYNC_PERIOD 3000 MAXROWS 4096 MINROWS 100 STT_TRIGGER 2 KEEP 3650d,3650d,3650d PAGES 256 PAGESIZE 4 PRECISION 'ms' REPLICA 1 WAL_LEVEL 1 VGROUPS 4 SINGLE_STABLE 0 TABLE_PREFIX 0 TABLE_SUFFIX 0 TSDB_PAGESIZE 4 WAL_RETENTION_PERIOD 3600 WAL_RETENTION_SIZE 0 KEEP_TIME_OFFSET 0 ENCRYPT_ALGORITHM 'none' SS_CHUNKPAGES 131072 SS_KEEPLOCAL 525600m SS_COMPACT 1 COMPACT_INTERVAL 0d COMPACT_TIME_RANGE 0d,0d COMPACT_TIME_OFFSET 0h

statement ok 0
alter database c_opts keep 100d

statement error 0x2600 syntax error near "precision 'us'"
alter database c_opts precision 'us'

query
select name, `keep`, `precision`, `vgroups` from information_schema.ins_databases where name = 'c_opts'
----
name VARCHAR(64) | keep VARCHAR(32) | precision VARCHAR(2) | vgroups INT
c_opts | 100d,100d,100d | ms | 4

statement ok 0
drop database c_opts

statement ok 0
use c_ddl

query
select database()
----
database() VARCHAR(5)
c_ddl

statement ok 0
create stable meters (ts timestamp, current float, voltage int, phase float) tags (groupid int, location varchar(24))

statement error 0x0360 STable already exists
create stable meters (ts timestamp, v int) tags (t int)

statement error 0x0603 Table already exists
create table meters (ts timestamp, v int)

statement ok 0
create table if not exists meters (ts timestamp, v int)

statement ok 0
create table d1 using meters tags (2, 'California.SanFrancisco')

statement ok 0
create table if not exists d1 using meters tags (3, 'x')

statement error 0x0603 Table already exists
create table d1 using meters tags (2, 'x')

statement ok 0
create table d2 using meters (location) tags ('only-loc') d3 using meters tags (4, 'LA')

statement ok 0
create table nt (ts timestamp, v int, s varchar(10))

statement error 0x061D Table already exists in other stables
create table if not exists nt using meters tags (1, 'x')

statement error 0x2641 First column must be timestamp
create table bad (v int, ts timestamp)

statement error 0x263F Illegal number of columns
create table bad (ts timestamp)

statement error 0x263C Duplicated column names
create table bad (ts timestamp, v int, v int)

statement error 0x263C Duplicated column names
create stable bad (ts timestamp, v int) tags (v int)

statement error 0x2633 Only one tag if there is a json tag
create stable bad (ts timestamp, v int) tags (j json, t int)

statement error 0x2642 Invalid column length for var length type
create table bad (ts timestamp, v varchar(65518))

statement error 0x260D Tags number not matched
create table d9 using meters tags (1)

statement error 0x0216 syntax error near 'abc' (invalid int data)
create table d9 using meters tags ('abc', 'x')

statement error 0x2603 Table does not exist
create table d9 using nosuch tags (1)

query
show stables
----
stable_name VARCHAR(192)
meters

query rowsort
show tables
----
table_name VARCHAR(192)
d1
d2
d3
nt

query rowsort
show tables like 'D%'
----
table_name VARCHAR(192)
d1
d2
d3

query
describe d1
----
field VARCHAR(325) | type VARCHAR(20) | length INT | note VARCHAR(16) | encode VARCHAR(12) | compress VARCHAR(12) | level VARCHAR(12)
ts | TIMESTAMP | 8 |  | delta-i | lz4 | medium
current | FLOAT | 4 |  | delta-d | lz4 | medium
voltage | INT | 4 |  | simple8b | lz4 | medium
phase | FLOAT | 4 |  | delta-d | lz4 | medium
groupid | INT | 4 | TAG | disabled | disabled | disabled
location | VARCHAR | 24 | TAG | disabled | disabled | disabled

query
show create table d1
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
d1 | CREATE TABLE `d1` USING `meters` (`groupid`, `location`) TAGS (2, "California.SanFrancisco")

query
show create stable meters
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
meters | CREATE STABLE `meters` (`ts` TIMESTAMP, `current` FLOAT, `voltage` INT, `phase` FLOAT) TAGS (`groupid` INT, `location` VARCHAR(24))

query rowsort
select table_name, tag_name, tag_value from information_schema.ins_tags where db_name = 'c_ddl' and table_name = 'd2'
----
table_name VARCHAR(192) | tag_name VARCHAR(64) | tag_value VARCHAR(16384)
d2 | groupid | NULL
d2 | location | only-loc

statement ok 0
alter table d1 set tag groupid = 20, location = 'new'

query
show create table d1
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
d1 | CREATE TABLE `d1` USING `meters` (`groupid`, `location`) TAGS (20, "new")

statement ok 0
alter stable meters add column extra varchar(8)

statement error 0x263C Duplicated column names
alter stable meters add column extra int

statement error 0x2649 Invalid alter table statement
alter table d1 add column other int

statement error 0x2649 Invalid tag name: nosuch
alter table d1 set tag nosuch = 1

statement error 0x264B Only varbinary/binary/nchar/geometry column length could be modified, and the length can only be increased, not decreased
alter table nt modify column v bigint

statement ok 0
alter table nt modify column s varchar(20)

statement ok 0
alter table nt rename column s text

query
describe nt
----
field VARCHAR(325) | type VARCHAR(20) | length INT | note VARCHAR(16) | encode VARCHAR(12) | compress VARCHAR(12) | level VARCHAR(12)
ts | TIMESTAMP | 8 |  | delta-i | lz4 | medium
v | INT | 4 |  | simple8b | lz4 | medium
text | VARCHAR | 20 |  | disabled | zstd | medium

statement error 0x2603 Table does not exist
drop table if exists d2, d_missing

query rowsort
show tables
----
table_name VARCHAR(192)
d1
d2
d3
nt

statement ok 0
drop table if exists d2, if exists d_missing

statement ok 0
drop table d3, nt

statement error 0x0362 STable not exist
drop stable nosuch

statement ok 0
drop stable if exists nosuch

statement ok 0
drop stable meters

query
show tables
----
table_name VARCHAR(192)

statement ok 0
drop database c_ddl

statement error 0x0388 Database not exist
drop database c_ddl

statement ok 0
drop database if exists c_ddl

statement error 0x0388 Database not exist
use c_ddl
