# Write semantics (tdengine-sql.md §5): duplicate timestamps update per column (§5.4), INSERT forms and their
# errors, INSERT ... SELECT, super-table inserts with tbname, DELETE by time range and tags (§4.4).

statement ok 0
create database c_write

statement ok 0
use c_write

statement ok 0
create table dup (ts timestamp, a int, b float, c varchar(8))

# three rows with one timestamp in one statement collapse into one row holding the last values
statement ok 1
insert into dup values ('2024-01-01 00:00:00', 1, 1.5, 'x') ('2024-01-01 00:00:00', 2, 2.5, 'y') ('2024-01-01 00:00:00', 3, 3.5, 'z')

query
select * from dup
----
ts TIMESTAMP | a INT | b FLOAT | c VARCHAR(8)
2024-01-01 00:00:00.000 | 3 | 3.5 | z

# columns the statement does not mention keep their values
statement ok 1
insert into dup (ts, a) values ('2024-01-01 00:00:00', 10)

query
select * from dup
----
ts TIMESTAMP | a INT | b FLOAT | c VARCHAR(8)
2024-01-01 00:00:00.000 | 10 | 3.5 | z

# columns given NULL become NULL
statement ok 1
insert into dup values ('2024-01-01 00:00:00', NULL, 5, NULL)

query
select * from dup
----
ts TIMESTAMP | a INT | b FLOAT | c VARCHAR(8)
2024-01-01 00:00:00.000 | NULL | 5.0 | NULL

# one statement naming the table in several clauses with different column lists merges per column
# (TDengine tests/script/tsim/insert/update1_sort_merge.sim)
statement ok 1
insert into dup (ts, a, b) values ('2024-01-01 00:00:01', 10, 10) ('2024-01-01 00:00:01', 20, 10.0) ('2024-01-01 00:00:01', 30, NULL) dup (ts, b) values ('2024-01-01 00:00:01', 10) ('2024-01-01 00:00:01', 100) dup (ts, c) values ('2024-01-01 00:00:01', 'bin1') ('2024-01-01 00:00:01', 'bin2')

query
select * from dup where ts = '2024-01-01 00:00:01'
----
ts TIMESTAMP | a INT | b FLOAT | c VARCHAR(8)
2024-01-01 00:00:01.000 | 30 | 100.0 | bin2

# a row listing only the timestamp creates a row of NULLs
statement ok 1
insert into dup (ts) values ('2024-01-01 00:00:02')

query
select count(*), count(a), count(b), count(c) from dup
----
count(*) BIGINT | count(a) BIGINT | count(b) BIGINT | count(c) BIGINT
3 | 1 | 2 | 1

statement ok 0
create table cp (ts timestamp, v int)

# affected rows count distinct rows written
statement ok 2
insert into cp values ('2024-01-01 00:00:00', 1) cp values ('2024-01-01 00:00:01', 1) cp values ('2024-01-01 00:00:00', 2)

# rows written out of order are kept in timestamp order
statement ok 3
insert into cp values ('2024-01-01 00:00:05', 5) ('2024-01-01 00:00:03', 3) ('2024-01-01 00:00:04', 4)

statement ok 2
insert into cp values ('2024-01-01 00:00:06', 6), ('2024-01-01 00:00:07', 7)

statement ok 1
import into cp values ('2024-01-01 00:00:08', 8)

query
select ts, v from cp
----
ts TIMESTAMP | v INT
2024-01-01 00:00:00.000 | 2
2024-01-01 00:00:01.000 | 1
2024-01-01 00:00:03.000 | 3
2024-01-01 00:00:04.000 | 4
2024-01-01 00:00:05.000 | 5
2024-01-01 00:00:06.000 | 6
2024-01-01 00:00:07.000 | 7
2024-01-01 00:00:08.000 | 8

# all NOWs of one statement are one value: three rows become one
statement ok 0
create table nw (ts timestamp, v int)

statement ok 1
insert into nw values (now, 1) (now, 2) (now, 3)

query
select v from nw
----
v INT
3

# ---- child tables created by USING; an existing child keeps its tags

statement ok 0
create stable meters (ts timestamp, current float, voltage int) tags (groupid int, location varchar(16))

statement ok 1
insert into d1 using meters tags (1, 'SF') values ('2024-01-01 00:00:00', 1.5, 220)

statement ok 1
insert into d1 using meters tags (99, 'other') values ('2024-01-01 00:00:01', 2.5, 221)

query
select tbname, groupid, location, voltage from meters
----
tbname VARCHAR(270) | groupid INT | location VARCHAR(16) | voltage INT
d1 | 1 | SF | 220
d1 | 1 | SF | 221

statement ok 1
insert into d2 using meters (location) tags ('only-loc') (ts, voltage) values ('2024-01-01 00:00:00', 230)

query
select groupid, location, current, voltage from d2
----
groupid INT | location VARCHAR(16) | current FLOAT | voltage INT
NULL | only-loc | NULL | 230

# ---- super-table inserts: tbname names (and creates) the child; tags of existing children are ignored

statement ok 2
insert into meters (tbname, ts, voltage, groupid) values ('d3', '2024-01-01 00:00:00', 240, 3) ('d1', '2024-01-01 00:00:02', 222, 77)

statement ok 1
insert into meters (ts, tbname, current) values ('2024-01-01 00:00:03', 'd3', 3.5)

query
select tbname, groupid, voltage, current from meters order by tbname, ts
----
tbname VARCHAR(270) | groupid INT | voltage INT | current FLOAT
d1 | 1 | 220 | 1.5
d1 | 1 | 221 | 2.5
d1 | 1 | 222 | NULL
d2 | NULL | 230 | NULL
d3 | 3 | 240 | NULL
d3 | 3 | NULL | 3.5

statement error 0x0216 syntax error near ' values (now, 1, 1, 1)' ((...tbname, ts...) bounded cols is expected for supertable insertion)
insert into meters values (now, 1, 1, 1)

statement error 0x0200 tbname can not contain '.'
insert into meters (tbname, ts, voltage) values ('a.b', '2024-01-01 00:00:00', 1)

# ---- INSERT ... SELECT reports the rows the query produced (also when they overwrite rows)

statement ok 0
create table copy (ts timestamp, v int)

statement ok 8
insert into copy select ts, v from cp

statement ok 8
insert into copy select ts, v * 10 from cp

query
select sum(v) from copy
----
sum(v) BIGINT
360

statement ok 0
insert into copy select ts, v from cp where v > 100

statement ok 2
insert into copy (ts, v) select ts, voltage from d1 where voltage > 220

query
select ts, v from copy where ts <= '2024-01-01 00:00:02'
----
ts TIMESTAMP | v INT
2024-01-01 00:00:00.000 | 20
2024-01-01 00:00:01.000 | 221
2024-01-01 00:00:02.000 | 222

statement ok 2
insert into meters (tbname, ts, voltage) select 'd4', ts, v from cp where v < 3

query
select tbname, count(*) from meters group by tbname order by tbname
----
tbname VARCHAR(270) | count(*) BIGINT
d1 | 3
d2 | 1
d3 | 2
d4 | 2

statement error 0x0732 Executor internal error
insert into meters (ts, tbname, voltage) select ts, 'd5', v from cp

# ---- INSERT errors

statement error 0x0216 syntax error near ')' (, expected)
insert into cp values ('2024-01-01 00:00:09')

statement error 0x263F Illegal number of columns
insert into cp values ('2024-01-01 00:00:09', 1, 2)

statement error 0x0200 Primary timestamp column should not be null
insert into cp (v) values (1)

statement error 0x2602 Invalid column name: zz
insert into cp (ts, zz) values ('2024-01-01 00:00:09', 1)

statement error 0x0216 syntax error near 'a' (duplicated column name)
insert into dup (ts, a, a) values ('2024-01-01 00:00:09', 1, 2)

statement error 0x2603 Table does not exist
insert into nosuch values ('2024-01-01 00:00:09', 1)

statement error 0x0388 Database not exist
insert into nodb.t values ('2024-01-01 00:00:09', 1)

# ---- DELETE: a definite time range, and on super tables tag conditions

statement ok 2
delete from cp where ts >= '2024-01-01 00:00:03' and ts <= '2024-01-01 00:00:04'

statement ok 1
delete from cp where ts = '2024-01-01 00:00:05'

statement ok 0
delete from cp where ts between '2024-01-01 00:00:03' and '2024-01-01 00:00:04'

query
select count(*) from cp
----
count(*) BIGINT
5

statement ok 2
delete from meters where groupid = 3

statement ok 2
delete from meters where groupid is null and ts < '2024-01-01 00:00:01'

query
select tbname, ts from meters order by tbname, ts
----
tbname VARCHAR(270) | ts TIMESTAMP
d1 | 2024-01-01 00:00:00.000
d1 | 2024-01-01 00:00:01.000
d1 | 2024-01-01 00:00:02.000
d4 | 2024-01-01 00:00:01.000

statement error 0x2655 The DELETE statement must only have a definite time window range
delete from meters where voltage > 1

statement error 0x2655 The DELETE statement must only have a definite time window range
delete from cp where ts > '2024-01-02' or ts < '2023-01-01'

statement error 0x264C Invalid tbname pseudo column
delete from meters where tbname = 'd1'

statement ok 5
delete from cp

query
select count(*) from cp
----
count(*) BIGINT
0
