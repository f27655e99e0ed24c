# SELECT over tables and super tables: projections, WHERE, ORDER BY, LIMIT (tdengine-sql.md §6)

statement ok
create database c_sel

statement ok
use c_sel

statement ok
create stable pmeters (ts timestamp, current float, voltage int, phase float) tags (location binary(64), groupId int)

statement ok 8
insert into d1001 using pmeters tags('California.SanFrancisco', 2) values ('2018-10-03 14:38:05.000', 10.30000, 219, 0.31000) ('2018-10-03 14:38:15.000', 12.60000, 218, 0.33000) ('2018-10-03 14:38:16.800', 12.30000, 221, 0.31000) d1002 using pmeters tags('California.SanFrancisco', 3) values ('2018-10-03 14:38:16.650', 10.30000, 218, 0.25000) d1003 using pmeters tags('California.LosAngeles', 2) values ('2018-10-03 14:38:05.500', 11.80000, 221, 0.28000) ('2018-10-03 14:38:16.600', 13.40000, 223, 0.29000) d1004 using pmeters tags('California.LosAngeles', 3) values ('2018-10-03 14:38:05.000', 10.80000, 223, 0.29000) ('2018-10-03 14:38:06.500', 11.50000, 221, 0.35000)

query
select * from pmeters order by ts, voltage
----
ts TIMESTAMP | current FLOAT | voltage INT | phase FLOAT | location VARCHAR(64) | groupid INT
2018-10-03 14:38:05.000 | 10.3 | 219 | 0.31 | California.SanFrancisco | 2
2018-10-03 14:38:05.000 | 10.8 | 223 | 0.29 | California.LosAngeles | 3
2018-10-03 14:38:05.500 | 11.8 | 221 | 0.28 | California.LosAngeles | 2
2018-10-03 14:38:06.500 | 11.5 | 221 | 0.35 | California.LosAngeles | 3
2018-10-03 14:38:15.000 | 12.6 | 218 | 0.33 | California.SanFrancisco | 2
2018-10-03 14:38:16.600 | 13.4 | 223 | 0.29 | California.LosAngeles | 2
2018-10-03 14:38:16.650 | 10.3 | 218 | 0.25 | California.SanFrancisco | 3
2018-10-03 14:38:16.800 | 12.3 | 221 | 0.31 | California.SanFrancisco | 2

query
select * from d1001
----
ts TIMESTAMP | current FLOAT | voltage INT | phase FLOAT
2018-10-03 14:38:05.000 | 10.3 | 219 | 0.31
2018-10-03 14:38:15.000 | 12.6 | 218 | 0.33
2018-10-03 14:38:16.800 | 12.3 | 221 | 0.31

query
select tbname, * from d1002
----
tbname VARCHAR(270) | ts TIMESTAMP | current FLOAT | voltage INT | phase FLOAT
d1002 | 2018-10-03 14:38:16.650 | 10.3 | 218 | 0.25

query rowsort
select tbname, location, groupid from pmeters where ts = '2018-10-03 14:38:05.000'
----
tbname VARCHAR(270) | location VARCHAR(64) | groupid INT
d1001 | California.SanFrancisco | 2
d1004 | California.LosAngeles | 3

query
select ts, voltage from d1001 order by ts desc
----
ts TIMESTAMP | voltage INT
2018-10-03 14:38:16.800 | 221
2018-10-03 14:38:15.000 | 218
2018-10-03 14:38:05.000 | 219

query
select ts, voltage from pmeters order by voltage desc, ts limit 3
----
ts TIMESTAMP | voltage INT
2018-10-03 14:38:05.000 | 223
2018-10-03 14:38:16.600 | 223
2018-10-03 14:38:05.500 | 221

query
select voltage from pmeters order by ts limit 2 offset 3
----
voltage INT
221
218

query
select voltage from pmeters order by ts limit 3, 2
----
voltage INT
221
218

query rowsort
select tbname, voltage from pmeters where voltage > 220 and groupid = 2
----
tbname VARCHAR(270) | voltage INT
d1001 | 221
d1003 | 221
d1003 | 223

query rowsort
select tbname from pmeters where location like '%angeles' and current >= 11.5
----
tbname VARCHAR(270)
d1003
d1003
d1004

query
select ts from pmeters where ts between '2018-10-03 14:38:06' and '2018-10-03 14:38:16.610' order by ts
----
ts TIMESTAMP
2018-10-03 14:38:06.500
2018-10-03 14:38:15.000
2018-10-03 14:38:16.600

query rowsort
select tbname from pmeters where groupid in (3) and voltage not in (218)
----
tbname VARCHAR(270)
d1004
d1004

query rowsort
select distinct location from pmeters
----
location VARCHAR(64)
California.LosAngeles
California.SanFrancisco

query
select _c0, _rowts, voltage + 1, current * 2, -voltage, +voltage from d1002
----
_c0 TIMESTAMP | _rowts TIMESTAMP | voltage + 1 DOUBLE | current * 2 DOUBLE | -voltage DOUBLE | voltage INT
2018-10-03 14:38:16.650 | 2018-10-03 14:38:16.650 | 219.0 | 20.600000381469727 | -218.0 | 218

query
select ts - 1, ts + 1s, ts + voltage, voltage > 1 from d1002
----
ts - 1 TIMESTAMP | ts + 1s TIMESTAMP | ts + voltage TIMESTAMP | voltage > 1 BOOL
2018-10-03 14:38:16.649 | 2018-10-03 14:38:17.650 | 2018-10-03 14:38:16.868 | true

query
select voltage as V, voltage `Volt` from d1002
----
v INT | Volt INT
218 | 218

query
select 1, 1.5, true, 'abc', "DeF", null
----
1 BIGINT | 1.5 DOUBLE | true BOOL | 'abc' VARCHAR(3) | "DeF" VARCHAR(3) | null VARCHAR(0)
1 | 1.5 | true | abc | DeF | NULL

query
select 10s, 1 + 1s
----
10s BIGINT | 1 + 1s DOUBLE
10000 | 1001.0

query
select server_version()
----
server_version() VARCHAR(7)
3.3.8.0

query
select count(*) from (select * from pmeters where voltage > 220)
----
count(*) BIGINT
5

query
select tbname from d1001 union all select tbname from d1002
----
tbname VARCHAR(270)
d1001
d1001
d1001
d1002

query rowsort
select location from d1001 union select location from d1002
----
location VARCHAR(64)
California.SanFrancisco

# precision: microsecond and nanosecond databases
statement ok
create database c_sel_us precision 'us'

statement ok
create table c_sel_us.t (ts timestamp, v int)

statement ok 2
insert into c_sel_us.t values ('2024-01-01 00:00:00.123456', 1) (1704067200000001, 2)

query
select ts, v from c_sel_us.t
----
ts TIMESTAMP | v INT
2024-01-01 00:00:00.000001 | 2
2024-01-01 00:00:00.123456 | 1

statement ok
create database c_sel_ns precision 'ns'

statement ok
create table c_sel_ns.t (ts timestamp, v int)

statement ok 1
insert into c_sel_ns.t values ('2024-01-01 00:00:00.123456789', 1)

query
select ts, ts + 1a from c_sel_ns.t
----
ts TIMESTAMP | ts + 1a TIMESTAMP
2024-01-01 00:00:00.123456789 | 2024-01-01 00:00:00.124456789

# JSON tags
statement ok
create stable jsont (ts timestamp, v int) tags (info json)

statement ok 1
insert into j1 using jsont tags('{"k":"v","n":1}') values('2024-01-01 00:00:00.000', 1)

statement ok 1
insert into j2 using jsont tags('{"k":"w"}') values('2024-01-01 00:00:00.000', 2)

query
select count(*) from jsont where info->'k' = 'v'
----
count(*) BIGINT
1

query
select count(*) from jsont where info contains 'k'
----
count(*) BIGINT
2

query
select v, info from jsont where info contains 'n'
----
v INT | info JSON
1 | {"k":"v","n":1}

# every type round trip
statement ok
create table types (ts timestamp, b bool, u8 tinyint unsigned, u64 bigint unsigned, nc nchar(4), g geometry(32), d decimal(10,2))

statement ok 1
insert into types values ('2024-01-01 00:00:00', false, 255, 18446744073709551615, 'nç', 'POINT(1 2)', 123.455)

query
select b, u8, u64, nc, g, d from types
----
b BOOL | u8 TINYINT UNSIGNED | u64 BIGINT UNSIGNED | nc NCHAR(4) | g GEOMETRY(32) | d DECIMAL(10,2)
false | 255 | 18446744073709551615 | nç | \x0101000000000000000000F03F0000000000000040 | 123.46
