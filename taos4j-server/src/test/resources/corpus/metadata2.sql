# Metadata (tdengine-sql.md §11, §12): SHOW forms, DESCRIBE, SHOW CREATE and information_schema rows.
# vgroup ids: tables are placed as TDengine places them, by MurmurHash3 of "1.<db>.<table>" over equal hash ranges
# (catalog/VgroupHash.java); the expected ids below were computed with an independent implementation of that
# hash. The first database's vgroups are numbered from 2, as in TDengine (vgroup 1 is the mnode's).

statement ok 0
create database c_meta vgroups 4

statement ok 0
use c_meta

statement ok 0
create stable meters (ts timestamp, current float, voltage int, phase float) tags (groupid int, location varchar(24)) comment 'meters'

statement ok 0
create table d1 using meters tags (1, 'SF') d2 using meters tags (2, 'LA') d3 using meters tags (3, 'NY') d4 using meters tags (4, 'SF') d5 using meters tags (5, 'LA') d6 using meters tags (6, 'NY')

statement ok 0
create table nt (ts timestamp, v int, s nchar(8), b varbinary(10)) comment 'plain' ttl 7

statement ok 0
create stable js (ts timestamp, v int) tags (j json)

statement ok 0
create table j1 using js tags ('{"k":"v","n":1}')

query
select table_name, vgroup_id from information_schema.ins_tables where db_name = 'c_meta' and table_name not like 'j%' order by table_name
----
table_name VARCHAR(192) | vgroup_id INT
d1 | 2
d2 | 4
d3 | 3
d4 | 3
d5 | 5
d6 | 4
nt | 5

query
select vgroup_id, db_name from information_schema.ins_vgroups where db_name = 'c_meta' order by vgroup_id
----
vgroup_id INT | db_name VARCHAR(64)
2 | c_meta
3 | c_meta
4 | c_meta
5 | c_meta

query
select name, `vgroups`, ntables, `replica`, `strict`, `duration`, `keep`, `buffer`, `pagesize`, `pages`, `minrows`, `maxrows`, `comp`, `precision`, status, `retentions`, `single_stable`, `cachemodel`, `cachesize`, `wal_level`, `wal_fsync_period`, `wal_retention_period`, `wal_retention_size`, `stt_trigger` from information_schema.ins_databases where name = 'c_meta'
----
name VARCHAR(64) | vgroups INT | ntables BIGINT | replica TINYINT | strict VARCHAR(4) | duration VARCHAR(10) | keep VARCHAR(32) | buffer INT | pagesize INT | pages INT | minrows INT | maxrows INT | comp TINYINT | precision VARCHAR(2) | status VARCHAR(10) | retentions VARCHAR(60) | single_stable BOOL | cachemodel VARCHAR(11) | cachesize INT | wal_level TINYINT | wal_fsync_period INT | wal_retention_period INT | wal_retention_size BIGINT | stt_trigger SMALLINT
c_meta | 4 | 8 | 1 | on | 10d | 3650d,3650d,3650d | 256 | 4 | 256 | 100 | 4096 | 2 | ms | ready | NULL | false | none | 1 | 1 | 3000 | 3600 | 0 | 2

query
select name, ntables, `precision`, status, `vgroups` from information_schema.ins_databases where name like '%schema' order by name
----
name VARCHAR(64) | ntables BIGINT | precision VARCHAR(2) | status VARCHAR(10) | vgroups INT
information_schema | 42 | ms | ready | NULL
performance_schema | 5 | ms | ready | NULL

# ---- SHOW forms

query
show databases
----
name VARCHAR(64)
information_schema
performance_schema
c_meta

query
show user databases
----
name VARCHAR(64)
c_meta

query
show stables
----
stable_name VARCHAR(192)
js
meters

query
show c_meta.stables like 'MET%'
----
stable_name VARCHAR(192)
meters

query
show normal tables
----
table_name VARCHAR(192)
nt

query rowsort
show child tables
----
table_name VARCHAR(192)
d1
d2
d3
d4
d5
d6
j1

query rowsort
show tables like 'd_'
----
table_name VARCHAR(192)
d1
d2
d3
d4
d5
d6

query
show tags from d2
----
table_name VARCHAR(192) | db_name VARCHAR(64) | stable_name VARCHAR(192) | tag_name VARCHAR(64) | tag_type VARCHAR(32) | tag_value VARCHAR(16384)
d2 | c_meta | meters | groupid | INT | 2
d2 | c_meta | meters | location | VARCHAR(24) | LA

query
show tags from j1
----
table_name VARCHAR(192) | db_name VARCHAR(64) | stable_name VARCHAR(192) | tag_name VARCHAR(64) | tag_type VARCHAR(32) | tag_value VARCHAR(16384)
j1 | c_meta | js | j | JSON(16382) | {"k":"v","n":1}

query rowsort
show table tags from meters
----
tbname VARCHAR(270) | groupid INT | location VARCHAR(24)
d1 | 1 | SF
d2 | 2 | LA
d3 | 3 | NY
d4 | 4 | SF
d5 | 5 | LA
d6 | 6 | NY

query rowsort
show table tags location from meters
----
location VARCHAR(24)
SF
LA
NY
SF
LA
NY

query
show cluster alive
----
status INT
1

query
show c_meta.alive
----
status INT
1

query
select id, endpoint, status from information_schema.ins_dnodes
----
id INT | endpoint VARCHAR(134) | status VARCHAR(10)
1 | localhost:6030 | ready

query
select index_name, db_name, table_name, column_name, index_type from information_schema.ins_indexes where db_name = 'c_meta' order by index_name
----
index_name VARCHAR(192) | db_name VARCHAR(64) | table_name VARCHAR(192) | column_name VARCHAR(192) | index_type VARCHAR(192)
groupid_meters | c_meta | meters | groupid | tag_index
j_js | c_meta | js | j | tag_index

query
show variables like 'enableStrong%'
----
name VARCHAR(30) | value VARCHAR(4094) | scope VARCHAR(6) | category VARCHAR(6) | info VARCHAR(62)
enableStrongPassword | 1 | server | global |

query
show local variables like 'keepColumnName'
----
name VARCHAR(30) | value VARCHAR(4094) | scope VARCHAR(6) | category VARCHAR(6) | info VARCHAR(62)
keepColumnName | 0 | client | local |

query
show transactions
----
id INT | create_time TIMESTAMP | stage VARCHAR(12) | oper VARCHAR(14) | db VARCHAR(64) | stable VARCHAR(192) | killable VARCHAR(10) | failed_times INT | last_exec_time TIMESTAMP | last_action_info VARCHAR(511)

query
show topics
----
topic_name VARCHAR(192)

# ---- DESCRIBE and SHOW CREATE

query
describe nt
----
field VARCHAR(325) | type VARCHAR(20) | length INT | note VARCHAR(16) | encode VARCHAR(12) | compress VARCHAR(12) | level VARCHAR(12)
ts | TIMESTAMP | 8 |  | delta-i | lz4 | medium
v | INT | 4 |  | simple8b | lz4 | medium
s | NCHAR | 8 |  | disabled | zstd | medium
b | VARBINARY | 10 |  | disabled | zstd | medium

query
desc c_meta.js
----
field VARCHAR(325) | type VARCHAR(20) | length INT | note VARCHAR(16) | encode VARCHAR(12) | compress VARCHAR(12) | level VARCHAR(12)
ts | TIMESTAMP | 8 |  | delta-i | lz4 | medium
v | INT | 4 |  | simple8b | lz4 | medium
j | JSON | 4095 | TAG | disabled | disabled | disabled

query
show create table d4
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
d4 | CREATE TABLE `d4` USING `meters` (`groupid`, `location`) TAGS (4, "SF")

query
show create table j1
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
j1 | CREATE TABLE `j1` USING `js` (`j`) TAGS ({"k":"v","n":1})

query
show create table nt
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
nt | CREATE TABLE `nt` (`ts` TIMESTAMP, `v` INT, `s` NCHAR(8), `b` VARBINARY(10)) COMMENT 'plain' TTL 7

query
show create table meters
----
Table VARCHAR(193) | Create Table VARCHAR(3145726)
meters | CREATE STABLE `meters` (`ts` TIMESTAMP, `current` FLOAT, `voltage` INT, `phase` FLOAT) TAGS (`groupid` INT, `location` VARCHAR(24)) COMMENT 'meters'

query
show create database c_meta
----
Database VARCHAR(63) | Create Database VARCHAR(65517)
c_meta | CREATE DATABASE `c_meta` BUFFER 256 CACHESIZE 1 CACHEMODEL 'none' COMP 2 DURATION 10d WAL_FSYNC_PERIOD 3000 MAXROWS 4096 MINROWS 100 STT_TRIGGER 2 KEEP 3650d,3650d,3650d PAGES 256 PAGESIZE 4 PRECISION 'ms' REPLICA 1 WAL_LEVEL 1 VGROUPS 4 SINGLE_STABLE 0 TABLE_PREFIX 0 TABLE_SUFFIX 0 TSDB_PAGESIZE 4 WAL_RETENTION_PERIOD 3600 WAL_RETENTION_SIZE 0 KEEP_TIME_OFFSET 0 ENCRYPT_ALGORITHM 'none' SS_CHUNKPAGES 131072 SS_KEEPLOCAL 525600m SS_COMPACT 1 COMPACT_INTERVAL 0d COMPACT_TIME_RANGE 0d,0d COMPACT_TIME_OFFSET 0h

statement error 0x2603 Table does not exist
describe nosuch

statement error 0x2603 Table does not exist
show create table nosuch

# ---- information_schema tables a connector reads

query
select stable_name, db_name, `columns`, `tags`, table_comment, `watermark`, `max_delay`, `rollup`, isvirtual, `keep` from information_schema.ins_stables where db_name = 'c_meta' order by stable_name
----
stable_name VARCHAR(192) | db_name VARCHAR(64) | columns INT | tags INT | table_comment VARCHAR(1024) | watermark VARCHAR(64) | max_delay VARCHAR(64) | rollup VARCHAR(128) | isvirtual BOOL | keep BIGINT
js | c_meta | 2 | 1 | NULL | 5000a,5000a | -1a,-1a |  | false | -1
meters | c_meta | 4 | 2 | meters | 5000a,5000a | -1a,-1a |  | false | -1

query
select table_name, `columns`, stable_name, `ttl`, table_comment, `type` from information_schema.ins_tables where db_name = 'c_meta' and (table_name = 'd1' or table_name = 'nt') order by table_name
----
table_name VARCHAR(192) | columns INT | stable_name VARCHAR(192) | ttl INT | table_comment VARCHAR(1024) | type VARCHAR(21)
d1 | 4 | meters | 0 | NULL | CHILD_TABLE
nt | 4 | NULL | 7 | plain | NORMAL_TABLE

query
select table_name, `type`, vgroup_id, `ttl` from information_schema.ins_tables where db_name = 'information_schema' and table_name = 'ins_users'
----
table_name VARCHAR(192) | type VARCHAR(21) | vgroup_id INT | ttl INT
ins_users | SYSTEM_TABLE | NULL | NULL

query
select table_name, table_type, col_name, col_type, col_length, col_precision, col_scale, col_nullable, col_source, col_id from information_schema.ins_columns where db_name = 'c_meta' and table_name = 'nt'
----
table_name VARCHAR(192) | table_type VARCHAR(21) | col_name VARCHAR(64) | col_type VARCHAR(32) | col_length INT | col_precision INT | col_scale INT | col_nullable INT | col_source VARCHAR(258) | col_id SMALLINT
nt | NORMAL_TABLE | ts | TIMESTAMP | 8 | NULL | NULL | NULL | NULL | 1
nt | NORMAL_TABLE | v | INT | 4 | NULL | NULL | NULL | NULL | 2
nt | NORMAL_TABLE | s | NCHAR(8) | 34 | NULL | NULL | NULL | NULL | 3
nt | NORMAL_TABLE | b | VARBINARY | 12 | NULL | NULL | NULL | NULL | 4

query
select col_name from information_schema.ins_columns where db_name = 'c_meta' and table_name = 'meters'
----
col_name VARCHAR(64)
ts
current
voltage
phase

query
select count(*) from information_schema.ins_tags where db_name = 'c_meta' and stable_name = 'meters'
----
count(*) BIGINT
12

query
select table_name, tag_value from information_schema.ins_tags where db_name = 'c_meta' and tag_name = 'location' and tag_value = 'SF' order by table_name
----
table_name VARCHAR(192) | tag_value VARCHAR(16384)
d1 | SF
d4 | SF

# ---- errors without a current database

statement ok 0
drop database c_meta

query
select database()
----
database() VARCHAR(6)
c_meta

statement error 0x0388 Database not exist
show tables
