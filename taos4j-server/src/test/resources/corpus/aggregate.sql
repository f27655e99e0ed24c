# Aggregates, GROUP BY, PARTITION BY, INTERVAL and FILL (tdengine-sql.md §6.5, §6.7, §7.1, §7.2)

statement ok
create database c_agg

statement ok
use c_agg

statement ok
create stable pmeters (ts timestamp, current float, voltage int, phase float) tags (location binary(64), groupId int)

statement ok 8
insert into d1001 using pmeters tags('California.SanFrancisco', 2) values ('2018-10-03 14:38:05.000', 10.30000, 219, 0.31000) ('2018-10-03 14:38:15.000', 12.60000, 218, 0.33000) ('2018-10-03 14:38:16.800', 12.30000, 221, 0.31000) d1002 using pmeters tags('California.SanFrancisco', 3) values ('2018-10-03 14:38:16.650', 10.30000, 218, 0.25000) d1003 using pmeters tags('California.LosAngeles', 2) values ('2018-10-03 14:38:05.500', 11.80000, 221, 0.28000) ('2018-10-03 14:38:16.600', 13.40000, 223, 0.29000) d1004 using pmeters tags('California.LosAngeles', 3) values ('2018-10-03 14:38:05.000', 10.80000, 223, 0.29000) ('2018-10-03 14:38:06.500', 11.50000, 221, 0.35000)

query
select avg(current), max(voltage), count(*), spread(voltage) from pmeters
----
avg(current) DOUBLE | max(voltage) INT | count(*) BIGINT | spread(voltage) DOUBLE
11.62500011920929 | 223 | 8 | 5.0

query
select count(*), sum(voltage), min(current), max(current) from d1001
----
count(*) BIGINT | sum(voltage) BIGINT | min(current) FLOAT | max(current) FLOAT
3 | 658 | 10.3 | 12.6

query
select COUNT(*), count( * ), count(current) from pmeters
----
count(*) BIGINT | count( * ) BIGINT | count(current) BIGINT
8 | 8 | 8

query
select first(voltage), last(voltage), last_row(voltage) from d1001
----
first(voltage) INT | last(voltage) INT | last_row(voltage) INT
219 | 221 | 221

query
select last(*) from d1001
----
last(ts) TIMESTAMP | last(current) FLOAT | last(voltage) INT | last(phase) FLOAT
2018-10-03 14:38:16.800 | 12.3 | 221 | 0.31

query
select max(voltage), ts, tbname from pmeters where groupid = 2
----
max(voltage) INT | ts TIMESTAMP | tbname VARCHAR(270)
223 | 2018-10-03 14:38:16.600 | d1003

query rowsort
select location, count(*) from pmeters group by location
----
location VARCHAR(64) | count(*) BIGINT
California.LosAngeles | 4
California.SanFrancisco | 4

query rowsort
select groupid, avg(voltage) from pmeters group by groupid having count(*) > 3
----
groupid INT | avg(voltage) DOUBLE
2 | 220.4

query rowsort
select tbname, last_row(current) from pmeters partition by tbname
----
tbname VARCHAR(270) | last_row(current) FLOAT
d1001 | 12.3
d1002 | 10.3
d1003 | 13.4
d1004 | 11.5

query rowsort
select tbname, location, count(*) from pmeters partition by tbname
----
tbname VARCHAR(270) | location VARCHAR(64) | count(*) BIGINT
d1001 | California.SanFrancisco | 3
d1002 | California.SanFrancisco | 1
d1003 | California.LosAngeles | 2
d1004 | California.LosAngeles | 2

query
select count(*) from pmeters where groupid = 2 and voltage > 219
----
count(*) BIGINT
3

query
select count(*), avg(voltage) from pmeters where voltage > 1000
----
count(*) BIGINT | avg(voltage) DOUBLE
0 | NULL

query
select _wstart, count(*), max(voltage) from pmeters where ts >= '2018-10-03 14:38:00.000' and ts < '2018-10-03 14:38:20.000' interval(10s)
----
_wstart TIMESTAMP | count(*) BIGINT | max(voltage) INT
2018-10-03 14:38:00.000 | 4 | 223
2018-10-03 14:38:10.000 | 4 | 223

query
select _wstart, _wend, _wduration, count(*) from d1001 interval(5s)
----
_wstart TIMESTAMP | _wend TIMESTAMP | _wduration BIGINT | count(*) BIGINT
2018-10-03 14:38:05.000 | 2018-10-03 14:38:10.000 | 5000 | 1
2018-10-03 14:38:15.000 | 2018-10-03 14:38:20.000 | 5000 | 2

query
select _wstart, avg(voltage) from d1001 where ts >= '2018-10-03 14:38:00.000' and ts < '2018-10-03 14:38:20.000' interval(5s) fill(prev)
----
_wstart TIMESTAMP | avg(voltage) DOUBLE
2018-10-03 14:38:00.000 | NULL
2018-10-03 14:38:05.000 | 219.0
2018-10-03 14:38:10.000 | 219.0
2018-10-03 14:38:15.000 | 219.5

query
select _wstart, avg(voltage), count(*) from d1001 where ts >= '2018-10-03 14:38:00.000' and ts < '2018-10-03 14:38:20.000' interval(5s) fill(null)
----
_wstart TIMESTAMP | avg(voltage) DOUBLE | count(*) BIGINT
2018-10-03 14:38:00.000 | NULL | NULL
2018-10-03 14:38:05.000 | 219.0 | 1
2018-10-03 14:38:10.000 | NULL | NULL
2018-10-03 14:38:15.000 | 219.5 | 2

query
select _wstart, avg(voltage), count(*) from d1001 where ts >= '2018-10-03 14:38:00.000' and ts < '2018-10-03 14:38:20.000' interval(5s) fill(value, 0, -1)
----
_wstart TIMESTAMP | avg(voltage) DOUBLE | count(*) BIGINT
2018-10-03 14:38:00.000 | 0.0 | -1
2018-10-03 14:38:05.000 | 219.0 | 1
2018-10-03 14:38:10.000 | 0.0 | -1
2018-10-03 14:38:15.000 | 219.5 | 2

query
select _wstart, avg(voltage) from d1001 where ts >= '2018-10-03 14:38:00.000' and ts < '2018-10-03 14:38:20.000' interval(5s) fill(next)
----
_wstart TIMESTAMP | avg(voltage) DOUBLE
2018-10-03 14:38:00.000 | 219.0
2018-10-03 14:38:05.000 | 219.0
2018-10-03 14:38:10.000 | 219.5
2018-10-03 14:38:15.000 | 219.5

query
select _wstart, avg(voltage) from d1001 where ts >= '2018-10-03 14:38:00.000' and ts < '2018-10-03 14:38:20.000' interval(5s) fill(linear)
----
_wstart TIMESTAMP | avg(voltage) DOUBLE
2018-10-03 14:38:00.000 | NULL
2018-10-03 14:38:05.000 | 219.0
2018-10-03 14:38:10.000 | 219.25
2018-10-03 14:38:15.000 | 219.5

query rowsort
select tbname, _wstart, count(*) from pmeters partition by tbname interval(10s)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | count(*) BIGINT
d1001 | 2018-10-03 14:38:00.000 | 1
d1001 | 2018-10-03 14:38:10.000 | 2
d1002 | 2018-10-03 14:38:10.000 | 1
d1003 | 2018-10-03 14:38:00.000 | 1
d1003 | 2018-10-03 14:38:10.000 | 1
d1004 | 2018-10-03 14:38:00.000 | 2

query
select _wstart, count(*) from d1001 interval(10s) sliding(5s)
----
_wstart TIMESTAMP | count(*) BIGINT
2018-10-03 14:38:00.000 | 1
2018-10-03 14:38:05.000 | 1
2018-10-03 14:38:10.000 | 2
2018-10-03 14:38:15.000 | 2

statement error 0x263B Start(end) time of query range required or time range too large
select _wstart, count(*) from d1001 interval(5s) fill(null)

statement error 0x265E No valid function in window query
select _wstart from d1001 interval(5s)

statement error 0x2667 Invalid usage of expr: voltage
select _wstart, voltage, count(*) from d1001 interval(5s)

statement error 0x260C Not a single-group group function
select count(*), voltage from d1001

statement error 0x2802 Invalid parameter data type : sum
select sum(location) from pmeters
