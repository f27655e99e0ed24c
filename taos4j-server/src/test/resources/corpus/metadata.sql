# SHOW, DESCRIBE, SHOW CREATE and INFORMATION_SCHEMA (tdengine-sql.md §12)

statement error 0x2600 database not specified
show tables

statement error 0x2600 database not specified
show stables

statement ok
create database c_meta

statement ok
use c_meta

statement ok
create stable meters (ts timestamp, current float, voltage int, phase float) tags (groupid int, location varchar(24))

statement ok
create stable tg (ts timestamp, v int) tags (tb bool, tts timestamp, tnc nchar(5), tvc varchar(8), tf float, td double, tbi bigint, tub tinyint unsigned, tvb varbinary(8))

statement ok
create table d1 using meters tags (2, 'California.SanFrancisco')

statement ok
create table d2 using meters tags (3, 'California.LosAngeles')

statement ok
create table empt (ts timestamp, v int, f float, s varchar(10))

statement ok
create table tg1 using tg tags (true, 1704067200123, 'nä', 'vc', 1.5, 2.25, -5, 200, '\x6162')

statement ok
create table tg2 using tg tags (null, null, null, null, null, null, null, null, null)

query rowsort
show databases
----
name VARCHAR(64)
c_meta
information_schema
performance_schema

query rowsort
show user databases
----
name VARCHAR(64)
c_meta

query rowsort
show system databases
----
name VARCHAR(64)
information_schema
performance_schema

query rowsort
show tables
----
table_name VARCHAR(192)
d1
d2
empt
tg1
tg2

query rowsort
show stables
----
stable_name VARCHAR(192)
meters
tg

query
show stables like 'METERS'
----
stable_name VARCHAR(192)
meters

query rowsort
show c_meta.tables like 'd%'
----
table_name VARCHAR(192)
d1
d2

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
describe meters
----
field VARCHAR(325) | type VARCHAR(20) | length INT | note VARCHAR(16) | encode VARCHAR(12) | compress VARCHAR(12) | level VARCHAR(12)
ts | TIMESTAMP | 8 |  | delta-i | lz4 | medium
current | FLOAT | 4 |  | delta-d | lz4 | medium
voltage | INT | 4 |  | simple8b | lz4 | medium
phase | FLOAT | 4 |  | delta-d | lz4 | medium
groupid | INT | 4 | TAG | disabled | disabled | disabled
location | VARCHAR | 24 | TAG | disabled | disabled | disabled

statement error 0x2603 Table does not exist
describe nosuch

query
show create stable meters
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
meters | CREATE STABLE `meters` (`ts` TIMESTAMP, `current` FLOAT, `voltage` INT, `phase` FLOAT) TAGS (`groupid` INT, `location` VARCHAR(24))

query
show create table empt
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
empt | CREATE TABLE `empt` (`ts` TIMESTAMP, `v` INT, `f` FLOAT, `s` VARCHAR(10))

query
show create table d1
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
d1 | CREATE TABLE `d1` USING `meters` (`groupid`, `location`) TAGS (2, "California.SanFrancisco")

query
show create table tg1
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
tg1 | CREATE TABLE `tg1` USING `tg` (`tb`, `tts`, `tnc`, `tvc`, `tf`, `td`, `tbi`, `tub`, `tvb`) TAGS (true, 1704067200123, "nä", "vc", 1.500000e+00, 2.250000e+00, -5, 200, "\x6162")

query
show create table tg2
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
tg2 | CREATE TABLE `tg2` USING `tg` (`tb`, `tts`, `tnc`, `tvc`, `tf`, `td`, `tbi`, `tub`, `tvb`) TAGS (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)

query rowsort
show table tags from meters
----
tbname VARCHAR(270) | groupid INT | location VARCHAR(24)
d1 | 2 | California.SanFrancisco
d2 | 3 | California.LosAngeles

query rowsort
show table tags location from meters
----
location VARCHAR(24)
California.LosAngeles
California.SanFrancisco

query
show tags from d1
----
table_name VARCHAR(192) | db_name VARCHAR(64) | stable_name VARCHAR(192) | tag_name VARCHAR(64) | tag_type VARCHAR(32) | tag_value VARCHAR(16384)
d1 | c_meta | meters | groupid | INT | 2
d1 | c_meta | meters | location | VARCHAR(24) | California.SanFrancisco

query
select tag_name, tag_type, tag_value from information_schema.ins_tags where db_name = 'c_meta' and table_name = 'tg1'
----
tag_name VARCHAR(64) | tag_type VARCHAR(32) | tag_value VARCHAR(16384)
tb | BOOL | true
tts | TIMESTAMP | 1704067200123
tnc | NCHAR(5) | nä
tvc | VARCHAR(8) | vc
tf | FLOAT | 1.50000
td | DOUBLE | 2.250000000
tbi | BIGINT | -5
tub | TINYINT UNSIGNED | 200
tvb | VARBINARY(8) | \x6162

query rowsort
select table_name, stable_name, type from information_schema.ins_tables where db_name = 'c_meta'
----
table_name VARCHAR(192) | stable_name VARCHAR(192) | type VARCHAR(21)
d1 | meters | CHILD_TABLE
d2 | meters | CHILD_TABLE
empt | NULL | NORMAL_TABLE
tg1 | tg | CHILD_TABLE
tg2 | tg | CHILD_TABLE

query rowsort
select stable_name, db_name, `columns`, `tags` from information_schema.ins_stables where db_name = 'c_meta'
----
stable_name VARCHAR(192) | db_name VARCHAR(64) | columns INT | tags INT
meters | c_meta | 4 | 2
tg | c_meta | 2 | 9

query
select col_name, col_type, col_length from information_schema.ins_columns where db_name = 'c_meta' and table_name = 'empt'
----
col_name VARCHAR(64) | col_type VARCHAR(32) | col_length INT
ts | TIMESTAMP | 8
v | INT | 4
f | FLOAT | 4
s | VARCHAR(10) | 12

query
select col_name from information_schema.ins_columns where db_name = 'c_meta' and table_name = 'meters'
----
col_name VARCHAR(64)
ts
current
voltage
phase

query
select name, `precision`, status from information_schema.ins_databases where name = 'c_meta'
----
name VARCHAR(64) | precision VARCHAR(2) | status VARCHAR(10)
c_meta | ms | ready

query
select count(*) from information_schema.ins_tables where db_name = 'c_meta'
----
count(*) BIGINT
5

query
select name from information_schema.ins_users
----
name VARCHAR(24)
root

statement ok
drop table d2

query rowsort
show tables
----
table_name VARCHAR(192)
d1
empt
tg1
tg2

statement ok
drop stable tg

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
empt
