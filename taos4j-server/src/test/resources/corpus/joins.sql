# Joins (tdengine-sql.md §6.9, TDengine docs 31-join.md). Expectations worked out by hand from TDengine's join
# semantics. Error texts: the no-equality text was observed on 3.3.7.5; the others are the literal texts of
# TDengine 3.3's parTranslater.c (translateJoinTable, checkJoinTable, addNamespace) and parUtil.c formats.

statement ok 0
create database c_join

statement ok 0
use c_join

statement ok 0
create stable meters (ts timestamp, current float, voltage int, phase float) tags (groupid int, location varchar(24))

statement ok 4
insert into d1 using meters tags (1, 'SF') values ('2024-01-01 00:00:00', 10.5, 219, 0.5) ('2024-01-01 00:00:01', 11.5, 221, 1.5) ('2024-01-01 00:00:02', 12.5, 223, 2.5) ('2024-01-01 00:00:04', 13.5, 225, 3.5)

statement ok 3
insert into d2 using meters tags (2, 'LA') values ('2024-01-01 00:00:00', 20.5, 229, 0.25) ('2024-01-01 00:00:02', 22.5, 231, 0.75) ('2024-01-01 00:00:03', 23.5, 233, 1.25)

statement ok 2
insert into d3 using meters tags (1, 'NY') values ('2024-01-01 00:00:01', 30.5, 239, 4.5) ('2024-01-01 00:00:04', 34.5, 245, 5.5)

statement ok 0
create table nt (ts timestamp, v int, s varchar(8))

statement ok 3
insert into nt values ('2024-01-01 00:00:00', 1, 'a') ('2024-01-01 00:00:01', NULL, 'b') ('2024-01-01 00:00:03', 3, NULL)

# ---- inner joins: rows of both tables at equal timestamps (00:00 and 00:02)

query
select a.ts, a.voltage, b.voltage from d1 a join d2 b on a.ts = b.ts
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:00.000 | 219 | 229
2024-01-01 00:00:02.000 | 223 | 231

query
select a.ts, a.voltage, b.voltage from d1 a inner join d2 b on a.ts = b.ts
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:00.000 | 219 | 229
2024-01-01 00:00:02.000 | 223 | 231

query
select a.ts, a.voltage, b.voltage from d1 a, d2 b where a.ts = b.ts
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:00.000 | 219 | 229
2024-01-01 00:00:02.000 | 223 | 231

query
select a.ts, b.voltage from d1 a join d2 b where a.ts = b.ts
----
ts TIMESTAMP | voltage INT
2024-01-01 00:00:00.000 | 229
2024-01-01 00:00:02.000 | 231

query
select * from d1 a join d2 b on a.ts = b.ts
----
ts TIMESTAMP | current FLOAT | voltage INT | phase FLOAT | ts TIMESTAMP | current FLOAT | voltage INT | phase FLOAT
2024-01-01 00:00:00.000 | 10.5 | 219 | 0.5 | 2024-01-01 00:00:00.000 | 20.5 | 229 | 0.25
2024-01-01 00:00:02.000 | 12.5 | 223 | 2.5 | 2024-01-01 00:00:02.000 | 22.5 | 231 | 0.75

query
select a.*, b.voltage from d1 a join d2 b on a.ts = b.ts
----
ts TIMESTAMP | current FLOAT | voltage INT | phase FLOAT | voltage INT
2024-01-01 00:00:00.000 | 10.5 | 219 | 0.5 | 229
2024-01-01 00:00:02.000 | 12.5 | 223 | 2.5 | 231

query
select d1.ts, d2.current from d1 join d2 on d1.ts = d2.ts
----
ts TIMESTAMP | current FLOAT
2024-01-01 00:00:00.000 | 20.5
2024-01-01 00:00:02.000 | 22.5

query
select a.tbname, b.tbname, a.ts from d1 a join d2 b on a.ts = b.ts
----
tbname VARCHAR(270) | tbname VARCHAR(270) | ts TIMESTAMP
d1 | d2 | 2024-01-01 00:00:00.000
d1 | d2 | 2024-01-01 00:00:02.000

query
select a.ts, b.voltage - a.voltage, a.current + b.current as total from d1 a join d2 b on a.ts = b.ts
----
ts TIMESTAMP | b.voltage - a.voltage DOUBLE | total DOUBLE
2024-01-01 00:00:00.000 | 10.0 | 31.0
2024-01-01 00:00:02.000 | 8.0 | 35.0

query
select a.ts, a.voltage, b.voltage from d1 a join d2 b on a.ts = b.ts and a.voltage > 220
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:02.000 | 223 | 231

query
select a.ts, a.voltage, b.voltage from d1 a join d2 b on a.ts = b.ts where b.voltage > 230
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:02.000 | 223 | 231

query
select a.ts, b.voltage from d1 a join d2 b on a.ts = b.ts order by a.ts desc
----
ts TIMESTAMP | voltage INT
2024-01-01 00:00:02.000 | 231
2024-01-01 00:00:00.000 | 229

query
select a.ts, b.voltage from d1 a join d2 b on a.ts = b.ts order by b.voltage desc limit 1
----
ts TIMESTAMP | voltage INT
2024-01-01 00:00:02.000 | 231

query
select count(*), sum(a.voltage), max(b.voltage), avg(b.current) from d1 a join d2 b on a.ts = b.ts
----
count(*) BIGINT | sum(a.voltage) BIGINT | max(b.voltage) INT | avg(b.current) DOUBLE
2 | 442 | 231 | 21.5

query
select a.ts, a.voltage, b.voltage from d1 a join d2 b on a.ts = b.ts where a.ts > '2024-01-01 00:00:01'
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:02.000 | 223 | 231

# ---- outer joins: the driving table keeps every row, the other side is NULL where nothing matches

query
select a.ts, a.voltage, b.voltage from d1 a left join d2 b on a.ts = b.ts
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:00.000 | 219 | 229
2024-01-01 00:00:01.000 | 221 | NULL
2024-01-01 00:00:02.000 | 223 | 231
2024-01-01 00:00:04.000 | 225 | NULL

query
select a.ts, a.voltage, b.voltage from d1 a left outer join d2 b on a.ts = b.ts
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:00.000 | 219 | 229
2024-01-01 00:00:01.000 | 221 | NULL
2024-01-01 00:00:02.000 | 223 | 231
2024-01-01 00:00:04.000 | 225 | NULL

# an ON condition of a left join only decides matches: left rows failing it stay, with NULLs
query
select a.ts, a.voltage, b.voltage from d1 a left join d2 b on a.ts = b.ts and a.voltage > 220
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:00.000 | 219 | NULL
2024-01-01 00:00:01.000 | 221 | NULL
2024-01-01 00:00:02.000 | 223 | 231
2024-01-01 00:00:04.000 | 225 | NULL

query
select a.ts from d1 a left join d2 b on a.ts = b.ts where b.voltage is null
----
ts TIMESTAMP
2024-01-01 00:00:01.000
2024-01-01 00:00:04.000

query
select a.voltage, b.ts, b.voltage from d1 a right join d2 b on a.ts = b.ts
----
voltage INT | ts TIMESTAMP | voltage INT
219 | 2024-01-01 00:00:00.000 | 229
223 | 2024-01-01 00:00:02.000 | 231
NULL | 2024-01-01 00:00:03.000 | 233

query
select count(*), count(a.voltage) from d1 a right outer join d2 b on a.ts = b.ts
----
count(*) BIGINT | count(a.voltage) BIGINT
3 | 2

query
select a.ts, b.ts from d1 a full join d2 b on a.ts = b.ts order by b.ts, a.ts
----
ts TIMESTAMP | ts TIMESTAMP
2024-01-01 00:00:01.000 | NULL
2024-01-01 00:00:04.000 | NULL
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:02.000
NULL | 2024-01-01 00:00:03.000

query
select count(*) from d1 a full outer join d2 b on a.ts = b.ts
----
count(*) BIGINT
5

# ---- semi and anti joins

query
select a.ts, a.voltage from d1 a left semi join d2 b on a.ts = b.ts
----
ts TIMESTAMP | voltage INT
2024-01-01 00:00:00.000 | 219
2024-01-01 00:00:02.000 | 223

query
select b.ts, b.voltage from d1 a right semi join d2 b on a.ts = b.ts
----
ts TIMESTAMP | voltage INT
2024-01-01 00:00:00.000 | 229
2024-01-01 00:00:02.000 | 231

query
select a.ts, a.voltage from d1 a left anti join d2 b on a.ts = b.ts
----
ts TIMESTAMP | voltage INT
2024-01-01 00:00:01.000 | 221
2024-01-01 00:00:04.000 | 225

query
select b.ts, a.voltage, b.voltage from d1 a right anti join d2 b on a.ts = b.ts
----
ts TIMESTAMP | voltage INT | voltage INT
2024-01-01 00:00:03.000 | NULL | 233

# d1 rows whose same-time d2 voltage exceeds 230: only 00:02 (d2 has 229 at 00:00)
query
select a.ts from d1 a left semi join d2 b on a.ts = b.ts and b.voltage > 230
----
ts TIMESTAMP
2024-01-01 00:00:02.000

query
select a.ts from d1 a left anti join d2 b on a.ts = b.ts and b.voltage > 230
----
ts TIMESTAMP
2024-01-01 00:00:00.000
2024-01-01 00:00:01.000
2024-01-01 00:00:04.000

# ---- super tables: per timestamp every pair of rows; tag equality groups the pairs

query
select count(*) from meters a join meters b on a.ts = b.ts
----
count(*) BIGINT
17

query
select count(*) from meters a join meters b on a.ts = b.ts and a.groupid = b.groupid
----
count(*) BIGINT
13

query
select a.ts, a.tbname, b.tbname, a.voltage, b.voltage from meters a join meters b on a.ts = b.ts and a.groupid = b.groupid where a.tbname != b.tbname order by a.ts, a.tbname
----
ts TIMESTAMP | tbname VARCHAR(270) | tbname VARCHAR(270) | voltage INT | voltage INT
2024-01-01 00:00:01.000 | d1 | d3 | 221 | 239
2024-01-01 00:00:01.000 | d3 | d1 | 239 | 221
2024-01-01 00:00:04.000 | d1 | d3 | 225 | 245
2024-01-01 00:00:04.000 | d3 | d1 | 245 | 225

query
select a.ts, a.location, b.location from meters a, meters b where a.ts = b.ts and a.groupid = b.groupid and a.location < b.location order by a.ts
----
ts TIMESTAMP | location VARCHAR(24) | location VARCHAR(24)
2024-01-01 00:00:01.000 | NY | SF
2024-01-01 00:00:04.000 | NY | SF

query
select a.tbname, a.ts, b.v from meters a join nt b on a.ts = b.ts order by a.ts, a.tbname
----
tbname VARCHAR(270) | ts TIMESTAMP | v INT
d1 | 2024-01-01 00:00:00.000 | 1
d2 | 2024-01-01 00:00:00.000 | 1
d1 | 2024-01-01 00:00:01.000 | NULL
d3 | 2024-01-01 00:00:01.000 | NULL
d2 | 2024-01-01 00:00:03.000 | 3

query
select a.ts, a.s, b.tbname from nt a left join meters b on a.ts = b.ts and b.groupid = 2 order by a.ts
----
ts TIMESTAMP | s VARCHAR(8) | tbname VARCHAR(270)
2024-01-01 00:00:00.000 | a | d2
2024-01-01 00:00:01.000 | b | NULL
2024-01-01 00:00:03.000 | NULL | d2

query
select b.tbname, count(*) from nt a join meters b on a.ts = b.ts group by b.tbname order by b.tbname
----
tbname VARCHAR(270) | count(*) BIGINT
d1 | 2
d2 | 2
d3 | 1

# ---- subqueries and several tables

query
select a.ts, b.vv from d1 a join (select ts, voltage vv from d2) b on a.ts = b.ts
----
ts TIMESTAMP | vv INT
2024-01-01 00:00:00.000 | 229
2024-01-01 00:00:02.000 | 231

query
select x.ts, y.voltage from (select ts, voltage from d1 where voltage > 220) x, (select ts, voltage from d2) y where x.ts = y.ts
----
ts TIMESTAMP | voltage INT
2024-01-01 00:00:02.000 | 231

query
select a.ts, a.voltage, b.voltage, c.v from d1 a join d2 b on a.ts = b.ts join nt c on b.ts = c.ts
----
ts TIMESTAMP | voltage INT | voltage INT | v INT
2024-01-01 00:00:00.000 | 219 | 229 | 1

query
select a.ts, c.s from d1 a, d3 b, nt c where a.ts = b.ts and a.ts = c.ts
----
ts TIMESTAMP | s VARCHAR(8)
2024-01-01 00:00:01.000 | b

query
select max(j.bv) from (select a.ts, b.voltage bv from d1 a join d2 b on a.ts = b.ts) j
----
max(j.bv) INT
231

# ---- timetruncate in the main condition: seconds 0-1, 2-3 and 4-5 meet

query
select a.ts, b.ts from d1 a join d2 b on timetruncate(a.ts, 2s) = timetruncate(b.ts, 2s)
----
ts TIMESTAMP | ts TIMESTAMP
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:01.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:02.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:03.000

# ---- ASOF joins: the closest row(s) of the other table; default rule a.ts >= b.ts, JLIMIT 1

query
select a.ts, b.ts, b.voltage from d1 a left asof join d2 b
----
ts TIMESTAMP | ts TIMESTAMP | voltage INT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000 | 229
2024-01-01 00:00:01.000 | 2024-01-01 00:00:00.000 | 229
2024-01-01 00:00:02.000 | 2024-01-01 00:00:02.000 | 231
2024-01-01 00:00:04.000 | 2024-01-01 00:00:03.000 | 233

query
select a.ts, b.ts from d1 a left asof join d2 b on a.ts < b.ts
----
ts TIMESTAMP | ts TIMESTAMP
2024-01-01 00:00:00.000 | 2024-01-01 00:00:02.000
2024-01-01 00:00:01.000 | 2024-01-01 00:00:02.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:03.000
2024-01-01 00:00:04.000 | NULL

query
select a.ts, b.ts from d1 a left asof join d2 b on a.ts > b.ts
----
ts TIMESTAMP | ts TIMESTAMP
2024-01-01 00:00:00.000 | NULL
2024-01-01 00:00:01.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:04.000 | 2024-01-01 00:00:03.000

query
select a.ts, b.ts from d1 a left asof join d2 b on a.ts = b.ts
----
ts TIMESTAMP | ts TIMESTAMP
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:01.000 | NULL
2024-01-01 00:00:02.000 | 2024-01-01 00:00:02.000
2024-01-01 00:00:04.000 | NULL

query
select a.ts, b.ts from d1 a left asof join d2 b on a.ts >= b.ts jlimit 2
----
ts TIMESTAMP | ts TIMESTAMP
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:01.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:02.000
2024-01-01 00:00:04.000 | 2024-01-01 00:00:02.000
2024-01-01 00:00:04.000 | 2024-01-01 00:00:03.000

query
select a.ts, b.ts from d1 a right asof join d2 b on a.ts <= b.ts
----
ts TIMESTAMP | ts TIMESTAMP
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:02.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:03.000

# JLIMIT 0 makes the result empty (parTranslater.c sets isEmptyResult)
query
select a.ts, b.ts from d1 a left asof join d2 b jlimit 0
----
ts TIMESTAMP | ts TIMESTAMP

# grouping condition: each super-table row meets the latest earlier-or-equal row of its own child table
query
select a.tbname, a.ts, b.ts from meters a left asof join meters b on a.ts > b.ts and a.tbname = b.tbname where a.groupid = 1 order by a.tbname, a.ts
----
tbname VARCHAR(270) | ts TIMESTAMP | ts TIMESTAMP
d1 | 2024-01-01 00:00:00.000 | NULL
d1 | 2024-01-01 00:00:01.000 | 2024-01-01 00:00:00.000
d1 | 2024-01-01 00:00:02.000 | 2024-01-01 00:00:01.000
d1 | 2024-01-01 00:00:04.000 | 2024-01-01 00:00:02.000
d3 | 2024-01-01 00:00:01.000 | NULL
d3 | 2024-01-01 00:00:04.000 | 2024-01-01 00:00:01.000

# ---- WINDOW joins: the other table's rows in [a.ts + start, a.ts + end]

query
select a.ts, b.ts, b.voltage from d1 a left window join d2 b window_offset(-1s, 1s)
----
ts TIMESTAMP | ts TIMESTAMP | voltage INT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000 | 229
2024-01-01 00:00:01.000 | 2024-01-01 00:00:00.000 | 229
2024-01-01 00:00:01.000 | 2024-01-01 00:00:02.000 | 231
2024-01-01 00:00:02.000 | 2024-01-01 00:00:02.000 | 231
2024-01-01 00:00:02.000 | 2024-01-01 00:00:03.000 | 233
2024-01-01 00:00:04.000 | 2024-01-01 00:00:03.000 | 233

query
select a.ts, b.ts from d1 a left window join d2 b window_offset(-1s, 1s) jlimit 1
----
ts TIMESTAMP | ts TIMESTAMP
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:01.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:02.000 | 2024-01-01 00:00:02.000
2024-01-01 00:00:04.000 | 2024-01-01 00:00:03.000

query
select a.ts, b.voltage from d1 a left window join d2 b window_offset(0s, 0s)
----
ts TIMESTAMP | voltage INT
2024-01-01 00:00:00.000 | 229
2024-01-01 00:00:01.000 | NULL
2024-01-01 00:00:02.000 | 231
2024-01-01 00:00:04.000 | NULL

# offsets given in the wrong order are swapped
query
select a.ts, b.ts from d1 a left window join d2 b window_offset(1s, 0s) where a.ts < '2024-01-01 00:00:02'
----
ts TIMESTAMP | ts TIMESTAMP
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000
2024-01-01 00:00:01.000 | 2024-01-01 00:00:02.000

# aggregates are computed per window, one row per driving row
query
select a.ts, count(b.voltage), avg(b.voltage), sum(b.voltage) from d1 a left window join d2 b window_offset(-1s, 1s)
----
ts TIMESTAMP | count(b.voltage) BIGINT | avg(b.voltage) DOUBLE | sum(b.voltage) BIGINT
2024-01-01 00:00:00.000 | 1 | 229.0 | 229
2024-01-01 00:00:01.000 | 2 | 230.0 | 460
2024-01-01 00:00:02.000 | 2 | 232.0 | 464
2024-01-01 00:00:04.000 | 1 | 233.0 | 233

# ---- errors

statement error 0x2664 Not supported join since 'Join requires valid time series input and primary timestamp equal condition'
select * from d1 a join d2 b on a.voltage = b.voltage

statement error 0x2664 Not supported join since 'Join requires valid time series input and primary timestamp equal condition'
select * from d1 a, d2 b

statement error 0x2664 Not supported join since 'Join requires valid time series input and primary timestamp equal condition'
select * from d1 a left join d2 b on a.ts > b.ts

statement error 0x2604 Column ambiguously defined: voltage
select voltage from d1 a join d2 b on a.ts = b.ts

statement error 0x2663 Not unique table/alias: 'a'
select * from d1 a join d2 a on a.ts = a.ts

statement error 0x2663 Not unique table/alias: 'd1'
select * from d1 join d1 on d1.ts = d1.ts

statement error 0x2602 Invalid column name: nosuch
select a.nosuch from d1 a join d2 b on a.ts = b.ts

statement error 0x0200 not supported join type
select * from d1 a inner semi join d2 b on a.ts = b.ts

statement error 0x0200 not supported join type
select * from d1 a full asof join d2 b

statement error 0x0200 WINDOW_OFFSET required for WINDOW join
select * from d1 a left window join d2 b

statement error 0x0200 WINDOW_OFFSET only supported for WINDOW join
select * from d1 a left asof join d2 b window_offset(-1s, 1s)

statement error 0x0200 JLIMIT not supported for LEFT OUTER join
select * from d1 a left join d2 b on a.ts = b.ts jlimit 2

statement error 0x0200 JLIMIT not supported for INNER join
select * from d1 a join d2 b on a.ts = b.ts jlimit 2

statement error 0x0200 JLIMIT value is out of valid range [0, 1024]
select * from d1 a left asof join d2 b jlimit 1025

statement error 0x2664 Only support ASOF/WINDOW join between tables
select * from d1 a left asof join (select ts, voltage from d2) b

statement error 0x2664 unsupported nested join type
select * from d1 a left join d2 b on a.ts = b.ts left join d3 c on a.ts = c.ts

statement error 0x2664 No WINDOW/GROUP BY/PARTITION BY allowed in WINDOW join
select count(*) from d1 a left window join d2 b window_offset(-1s, 1s) partition by a.tbname

statement error 0x2664 Join requires valid time series input
select * from d1 a join (select voltage from d2) b on a.ts = b.voltage
