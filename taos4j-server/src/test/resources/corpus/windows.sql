# SESSION, STATE_WINDOW, EVENT_WINDOW, COUNT_WINDOW; INTERVAL offset/SLIDING over super tables and partitions; window
# pseudo-columns (tdengine-sql.md §6.3, §6.7). Row windows report the first and last row's timestamps as
# _wstart/_wend; STATE_WINDOW NULL handling follows the 3.3.7.5 observation in §6.7.

statement ok
create database c_win

statement ok
use c_win

statement ok
create table w1 (ts timestamp, v int, st int, f double, name varchar(8))

statement ok 8
insert into w1 values ('2024-01-01 00:00:00.000', 1, NULL, 0.5, 'a') ('2024-01-01 00:00:01.000', 2, 1, 1.5, 'a') ('2024-01-01 00:00:02.000', 3, NULL, 2.5, 'b') ('2024-01-01 00:00:03.000', 4, 1, 3.5, 'b') ('2024-01-01 00:00:04.000', 5, 2, 4.5, 'b') ('2024-01-01 00:00:05.000', 6, NULL, 5.5, 'a') ('2024-01-01 00:00:20.000', 7, 2, 6.5, 'a') ('2024-01-01 00:00:21.000', 8, 3, 7.5, 'c')

statement ok
create stable sw (ts timestamp, v int) tags (g int)

statement ok 5
insert into sc1 using sw tags (1) values ('2024-01-01 00:00:00.000', 1) ('2024-01-01 00:00:02.000', 3) ('2024-01-01 00:00:04.000', 5) sc2 using sw tags (2) values ('2024-01-01 00:00:01.000', 2) ('2024-01-01 00:00:03.000', 4)

# ---------------------------------------------------------------- STATE_WINDOW

query
select _wstart, _wend, _wduration, count(*), sum(v) from w1 state_window(st)
----
_wstart TIMESTAMP | _wend TIMESTAMP | _wduration BIGINT | count(*) BIGINT | sum(v) BIGINT
2024-01-01 00:00:01.000 | 2024-01-01 00:00:03.000 | 2000 | 2 | 6
2024-01-01 00:00:04.000 | 2024-01-01 00:00:20.000 | 16000 | 2 | 12
2024-01-01 00:00:21.000 | 2024-01-01 00:00:21.000 | 0 | 1 | 8

query
select _wstart, count(*) from w1 state_window(st) true_for(2s)
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:01.000 | 2
2024-01-01 00:00:04.000 | 2

query
select _wstart, _wend, count(*), first(v), last(v) from w1 state_window(name)
----
_wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT | first(v) INT | last(v) INT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:01.000 | 2 | 1 | 2
2024-01-01 00:00:02.000 | 2024-01-01 00:00:04.000 | 3 | 3 | 5
2024-01-01 00:00:05.000 | 2024-01-01 00:00:20.000 | 2 | 6 | 7
2024-01-01 00:00:21.000 | 2024-01-01 00:00:21.000 | 1 | 8 | 8

query
select _wstart, count(*) from w1 state_window(case when v < 4 then 1 else 2 end)
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:00.000 | 3
2024-01-01 00:00:03.000 | 5

query
select count(*), max(f) from w1 state_window(st) order by count(*) desc, max(f)
----
count(*) BIGINT | max(f) DOUBLE
2 | 3.5
2 | 6.5
1 | 7.5

query
select _wstart, count(*) from w1 where ts > '2024-01-01 00:00:03.000' state_window(st)
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:04.000 | 2
2024-01-01 00:00:21.000 | 1

statement error 0x2628 Only support STATE_WINDOW on integer/bool/varchar column
select count(*) from w1 state_window(f)

statement error 0x2629 Not support STATE_WINDOW on tag column
select count(*) from sw state_window(g)

statement error 0x265E No valid function in window query
select _wstart from w1 state_window(st)

# ---------------------------------------------------------------- SESSION

query
select _wstart, _wend, _wduration, count(*), avg(v) from w1 session(ts, 2s)
----
_wstart TIMESTAMP | _wend TIMESTAMP | _wduration BIGINT | count(*) BIGINT | avg(v) DOUBLE
2024-01-01 00:00:00.000 | 2024-01-01 00:00:05.000 | 5000 | 6 | 3.5
2024-01-01 00:00:20.000 | 2024-01-01 00:00:21.000 | 1000 | 2 | 7.5

query
select _wstart, count(*) from w1 session(ts, 1s)
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:00.000 | 6
2024-01-01 00:00:20.000 | 2

query
select _wstart, _wend, count(*) from w1 session(ts, 15s)
----
_wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:21.000 | 8

query
select _wstart, count(*) from w1 session(ts, 999a)
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:00.000 | 1
2024-01-01 00:00:01.000 | 1
2024-01-01 00:00:02.000 | 1
2024-01-01 00:00:03.000 | 1
2024-01-01 00:00:04.000 | 1
2024-01-01 00:00:05.000 | 1
2024-01-01 00:00:20.000 | 1
2024-01-01 00:00:21.000 | 1

query
select max(v), ts, name from w1 session(ts, 2s)
----
max(v) INT | ts TIMESTAMP | name VARCHAR(8)
6 | 2024-01-01 00:00:05.000 | a
8 | 2024-01-01 00:00:21.000 | c

query
select _wstart, count(*) from w1 session(ts, 2s) order by _wstart desc
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:20.000 | 2
2024-01-01 00:00:00.000 | 6

query
select _wstart, count(*) from w1 session(ts, 2s) having count(*) > 2
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:00.000 | 6

query
select _wstart, _wend, count(*) from sw session(ts, 1s)
----
_wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:04.000 | 5

query rowsort
select tbname, _wstart, _wend, count(*) from sw partition by tbname session(ts, 1s)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT
sc1 | 2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000 | 1
sc1 | 2024-01-01 00:00:02.000 | 2024-01-01 00:00:02.000 | 1
sc1 | 2024-01-01 00:00:04.000 | 2024-01-01 00:00:04.000 | 1
sc2 | 2024-01-01 00:00:01.000 | 2024-01-01 00:00:01.000 | 1
sc2 | 2024-01-01 00:00:03.000 | 2024-01-01 00:00:03.000 | 1

query rowsort
select tbname, _wstart, count(*) from sw partition by tbname session(ts, 2s)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | count(*) BIGINT
sc1 | 2024-01-01 00:00:00.000 | 3
sc2 | 2024-01-01 00:00:01.000 | 2

statement error 0x264F diff function is not supported in window query or group query
select diff(v) from w1 session(ts, 1s)

# ---------------------------------------------------------------- EVENT_WINDOW

query
select _wstart, _wend, count(*), sum(v) from w1 event_window start with v >= 2 end with v in (5, 8)
----
_wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT | sum(v) BIGINT
2024-01-01 00:00:01.000 | 2024-01-01 00:00:04.000 | 4 | 14
2024-01-01 00:00:05.000 | 2024-01-01 00:00:21.000 | 3 | 21

query
select _wstart, _wend, count(*) from w1 event_window start with v >= 2 end with v >= 4
----
_wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:01.000 | 2024-01-01 00:00:03.000 | 3
2024-01-01 00:00:04.000 | 2024-01-01 00:00:04.000 | 1
2024-01-01 00:00:05.000 | 2024-01-01 00:00:05.000 | 1
2024-01-01 00:00:20.000 | 2024-01-01 00:00:20.000 | 1
2024-01-01 00:00:21.000 | 2024-01-01 00:00:21.000 | 1

query
select _wstart, count(*) from w1 event_window start with v >= 7 end with v = 100
----
_wstart TIMESTAMP | count(*) BIGINT

query
select _wstart, count(*) from w1 event_window start with v >= 2 end with v in (5, 8) true_for(5s)
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:05.000 | 3

query
select _wstart, count(*) from w1 event_window start with name = 'b' end with name = 'a'
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:02.000 | 4

query
select _wstart, _wend, count(*) from sw event_window start with v = 2 end with v = 4
----
_wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:01.000 | 2024-01-01 00:00:03.000 | 3

query rowsort
select tbname, _wstart, count(*) from sw partition by tbname event_window start with v > 1 end with v > 3
----
tbname VARCHAR(270) | _wstart TIMESTAMP | count(*) BIGINT
sc1 | 2024-01-01 00:00:02.000 | 2
sc2 | 2024-01-01 00:00:01.000 | 2

# ---------------------------------------------------------------- COUNT_WINDOW

query
select _wstart, _wend, count(*), sum(v) from w1 count_window(3)
----
_wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT | sum(v) BIGINT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:02.000 | 3 | 6
2024-01-01 00:00:03.000 | 2024-01-01 00:00:05.000 | 3 | 15
2024-01-01 00:00:20.000 | 2024-01-01 00:00:21.000 | 2 | 15

query
select _wstart, sum(v) from w1 count_window(4, 4)
----
_wstart TIMESTAMP | sum(v) BIGINT
2024-01-01 00:00:00.000 | 10
2024-01-01 00:00:04.000 | 26

query
select _wstart, _wend, count(*), sum(v) from w1 count_window(2, 2, st)
----
_wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT | sum(v) BIGINT
2024-01-01 00:00:01.000 | 2024-01-01 00:00:03.000 | 2 | 6
2024-01-01 00:00:04.000 | 2024-01-01 00:00:20.000 | 2 | 12
2024-01-01 00:00:21.000 | 2024-01-01 00:00:21.000 | 1 | 8

query
select _wstart, _wend, count(*) from sw count_window(2)
----
_wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:01.000 | 2
2024-01-01 00:00:02.000 | 2024-01-01 00:00:03.000 | 2
2024-01-01 00:00:04.000 | 2024-01-01 00:00:04.000 | 1

query rowsort
select tbname, _wstart, _wend, count(*) from sw partition by tbname count_window(2)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | _wend TIMESTAMP | count(*) BIGINT
sc1 | 2024-01-01 00:00:00.000 | 2024-01-01 00:00:02.000 | 2
sc1 | 2024-01-01 00:00:04.000 | 2024-01-01 00:00:04.000 | 1
sc2 | 2024-01-01 00:00:01.000 | 2024-01-01 00:00:03.000 | 2

query rowsort
select tbname, _wstart, count(*) from sw partition by tbname count_window(2) limit 1
----
tbname VARCHAR(270) | _wstart TIMESTAMP | count(*) BIGINT
sc1 | 2024-01-01 00:00:00.000 | 2
sc2 | 2024-01-01 00:00:01.000 | 2

query
select count(*) from (select tbname, count(*) from sw partition by tbname count_window(2) slimit 1)
----
count(*) BIGINT
2

query
select _wstart, last(v), v from w1 count_window(3)
----
_wstart TIMESTAMP | last(v) INT | v INT
2024-01-01 00:00:00.000 | 3 | 3
2024-01-01 00:00:03.000 | 6 | 6
2024-01-01 00:00:20.000 | 8 | 8

# ---------------------------------------------------------------- INTERVAL over super tables and partitions

query rowsort
select tbname, _wstart, count(*) from sw partition by tbname interval(2s, 1s)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | count(*) BIGINT
sc1 | 2023-12-31 23:59:59.000 | 1
sc1 | 2024-01-01 00:00:01.000 | 1
sc1 | 2024-01-01 00:00:03.000 | 1
sc2 | 2024-01-01 00:00:01.000 | 1
sc2 | 2024-01-01 00:00:03.000 | 1

query
select _wstart, count(*) from sw interval(2s) sliding(1s)
----
_wstart TIMESTAMP | count(*) BIGINT
2023-12-31 23:59:59.000 | 1
2024-01-01 00:00:00.000 | 2
2024-01-01 00:00:01.000 | 2
2024-01-01 00:00:02.000 | 2
2024-01-01 00:00:03.000 | 2
2024-01-01 00:00:04.000 | 1

query
select _wstart, _wend, sum(v) from sw interval(4s, 1s)
----
_wstart TIMESTAMP | _wend TIMESTAMP | sum(v) BIGINT
2023-12-31 23:59:57.000 | 2024-01-01 00:00:01.000 | 1
2024-01-01 00:00:01.000 | 2024-01-01 00:00:05.000 | 14

query rowsort
select g, _wstart, max(v) from sw partition by g interval(3s) sliding(3s)
----
g INT | _wstart TIMESTAMP | max(v) INT
1 | 2024-01-01 00:00:00.000 | 3
1 | 2024-01-01 00:00:03.000 | 5
2 | 2024-01-01 00:00:00.000 | 2
2 | 2024-01-01 00:00:03.000 | 4

query rowsort
select tbname, _wstart, count(*) from sw where ts >= '2024-01-01 00:00:00.000' and ts < '2024-01-01 00:00:04.000' partition by tbname interval(1s) fill(value, 0)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | count(*) BIGINT
sc1 | 2024-01-01 00:00:00.000 | 1
sc1 | 2024-01-01 00:00:01.000 | 0
sc1 | 2024-01-01 00:00:02.000 | 1
sc1 | 2024-01-01 00:00:03.000 | 0
sc2 | 2024-01-01 00:00:00.000 | 0
sc2 | 2024-01-01 00:00:01.000 | 1
sc2 | 2024-01-01 00:00:02.000 | 0
sc2 | 2024-01-01 00:00:03.000 | 1

query rowsort
select tbname, _wstart, sum(v) from sw where ts >= '2024-01-01 00:00:00.000' and ts < '2024-01-01 00:00:05.000' partition by tbname interval(1s) fill(prev)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | sum(v) BIGINT
sc1 | 2024-01-01 00:00:00.000 | 1
sc1 | 2024-01-01 00:00:01.000 | 1
sc1 | 2024-01-01 00:00:02.000 | 3
sc1 | 2024-01-01 00:00:03.000 | 3
sc1 | 2024-01-01 00:00:04.000 | 5
sc2 | 2024-01-01 00:00:00.000 | NULL
sc2 | 2024-01-01 00:00:01.000 | 2
sc2 | 2024-01-01 00:00:02.000 | 2
sc2 | 2024-01-01 00:00:03.000 | 4
sc2 | 2024-01-01 00:00:04.000 | 4

query
select count(*) from (select tbname, _wstart, count(*) from sw partition by tbname interval(10s) slimit 1)
----
count(*) BIGINT
1

query
select _wstart, count(*) from sw partition by tbname interval(1s) slimit 1 soffset 1
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:01.000 | 1
2024-01-01 00:00:03.000 | 1

# ---------------------------------------------------------------- pseudo-columns

query
select _qstart, _qend, count(*) from w1 where ts >= '2024-01-01 00:00:00.000' and ts < '2024-01-01 00:00:10.000'
----
_qstart TIMESTAMP | _qend TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:09.999 | 6

query
select _qstart, _qend, count(*) from w1
----
_qstart TIMESTAMP | _qend TIMESTAMP | count(*) BIGINT
NULL | NULL | 8

query
select _c0, _rowts, v from w1 where v > 7
----
_c0 TIMESTAMP | _rowts TIMESTAMP | v INT
2024-01-01 00:00:21.000 | 2024-01-01 00:00:21.000 | 8

query
select _wstart, _wend, _wduration, count(*) from w1 interval(10s)
----
_wstart TIMESTAMP | _wend TIMESTAMP | _wduration BIGINT | count(*) BIGINT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:10.000 | 10000 | 6
2024-01-01 00:00:20.000 | 2024-01-01 00:00:30.000 | 10000 | 2

query
select _wstart + 1s, _wduration / 1000, count(*) from w1 session(ts, 2s)
----
_wstart + 1s TIMESTAMP | _wduration / 1000 DOUBLE | count(*) BIGINT
2024-01-01 00:00:01.000 | 5.0 | 6
2024-01-01 00:00:21.000 | 1.0 | 2

query
select _wstart, count(*), spread(v) from w1 event_window start with name = 'a' end with name = 'b'
----
_wstart TIMESTAMP | count(*) BIGINT | spread(v) DOUBLE
2024-01-01 00:00:00.000 | 3 | 2.0

query
select _wstart, count(*) from w1 count_window(5) limit 1
----
_wstart TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:00.000 | 5

query
select _wend, count(*) from w1 state_window(name) order by count(*) desc limit 1
----
_wend TIMESTAMP | count(*) BIGINT
2024-01-01 00:00:04.000 | 3

# ---------------------------------------------------------------- STATE_WINDOW(expr, extend)
# The extend argument (TDengine 3.3.6.14+/3.4) comes with its own NULL rules. Data and expected windows from
# TDengine's test_state_window_extend.py (check_extend_normal_table; its cols() columns left out): NULL-state rows
# inside a run count in it; extend 0 drops rows before the first state, after the last and between runs; extend 1
# ends each window one tick before the next starts (the last at the last row); extend 2 starts each window one tick
# after the previous ends (the first at the first row).

statement ok
create table sx (ts timestamp, s varchar(10), v double)

statement ok 15
insert into sx values ('2025-09-01 10:00:00', null, 20) ('2025-09-01 10:00:01', 'a', 23.5) ('2025-09-01 10:00:02', 'a', 25.9) ('2025-09-01 10:02:15', null, 26) ('2025-09-01 10:02:45', 'a', 28) ('2025-09-01 10:04:00', null, 24.3) ('2025-09-01 10:05:00', null, null) ('2025-09-01 11:01:10', 'b', 18) ('2025-09-01 12:03:22', 'b', 14.4) ('2025-09-01 12:20:19', 'a', 17.7) ('2025-09-01 13:00:00', 'a', null) ('2025-09-01 14:00:00', null, 22.3) ('2025-09-01 18:18:18', 'b', 18.18) ('2025-09-01 20:00:00', 'b', 19.5) ('2025-09-02 08:00:00', null, 9.9)

query
select _wstart, _wduration, _wend, count(*), count(s), count(v), avg(v), first(v) from sx state_window(s, 0)
----
_wstart TIMESTAMP | _wduration BIGINT | _wend TIMESTAMP | count(*) BIGINT | count(s) BIGINT | count(v) BIGINT | avg(v) DOUBLE | first(v) DOUBLE
2025-09-01 10:00:01.000 | 164000 | 2025-09-01 10:02:45.000 | 4 | 3 | 4 | 25.85 | 23.5
2025-09-01 11:01:10.000 | 3732000 | 2025-09-01 12:03:22.000 | 2 | 2 | 2 | 16.2 | 18.0
2025-09-01 12:20:19.000 | 2381000 | 2025-09-01 13:00:00.000 | 2 | 2 | 1 | 17.7 | 17.7
2025-09-01 18:18:18.000 | 6102000 | 2025-09-01 20:00:00.000 | 2 | 2 | 2 | 18.84 | 18.18

query
select _wstart, _wduration, _wend, count(*), count(s), count(v), avg(v), first(v) from sx state_window(s, 1)
----
_wstart TIMESTAMP | _wduration BIGINT | _wend TIMESTAMP | count(*) BIGINT | count(s) BIGINT | count(v) BIGINT | avg(v) DOUBLE | first(v) DOUBLE
2025-09-01 10:00:01.000 | 3668999 | 2025-09-01 11:01:09.999 | 6 | 3 | 5 | 25.54 | 23.5
2025-09-01 11:01:10.000 | 4748999 | 2025-09-01 12:20:18.999 | 2 | 2 | 2 | 16.2 | 18.0
2025-09-01 12:20:19.000 | 21478999 | 2025-09-01 18:18:17.999 | 3 | 2 | 2 | 20.0 | 17.7
2025-09-01 18:18:18.000 | 49302000 | 2025-09-02 08:00:00.000 | 3 | 2 | 3 | 15.86 | 18.18

query
select _wstart, _wduration, _wend, count(v), avg(v), first(v) from sx where ts >= '2025-09-01 11:00:00.000' and ts <= '2025-09-01 13:00:00.000' state_window(s, 1)
----
_wstart TIMESTAMP | _wduration BIGINT | _wend TIMESTAMP | count(v) BIGINT | avg(v) DOUBLE | first(v) DOUBLE
2025-09-01 11:01:10.000 | 4748999 | 2025-09-01 12:20:18.999 | 2 | 16.2 | 18.0
2025-09-01 12:20:19.000 | 2381000 | 2025-09-01 13:00:00.000 | 1 | 17.7 | 17.7

query
select _wstart, _wduration, _wend, count(*), count(s), count(v), avg(v), first(v) from sx state_window(s, 2)
----
_wstart TIMESTAMP | _wduration BIGINT | _wend TIMESTAMP | count(*) BIGINT | count(s) BIGINT | count(v) BIGINT | avg(v) DOUBLE | first(v) DOUBLE
2025-09-01 10:00:00.000 | 165000 | 2025-09-01 10:02:45.000 | 5 | 3 | 5 | 24.68 | 20.0
2025-09-01 10:02:45.001 | 7236999 | 2025-09-01 12:03:22.000 | 4 | 2 | 3 | 18.9 | 24.3
2025-09-01 12:03:22.001 | 3397999 | 2025-09-01 13:00:00.000 | 2 | 2 | 1 | 17.7 | 17.7
2025-09-01 13:00:00.001 | 25199999 | 2025-09-01 20:00:00.000 | 3 | 2 | 3 | 19.993333333333336 | 22.3

query
select _wstart, _wduration, _wend, count(*), count(s), count(v), avg(v), first(v) from sx where ts >= '2025-09-01 11:00:00.000' and ts <= '2025-09-01 14:00:00.000' state_window(s, 2)
----
_wstart TIMESTAMP | _wduration BIGINT | _wend TIMESTAMP | count(*) BIGINT | count(s) BIGINT | count(v) BIGINT | avg(v) DOUBLE | first(v) DOUBLE
2025-09-01 11:01:10.000 | 3732000 | 2025-09-01 12:03:22.000 | 2 | 2 | 2 | 16.2 | 18.0
2025-09-01 12:03:22.001 | 3397999 | 2025-09-01 13:00:00.000 | 2 | 2 | 1 | 17.7 | 17.7
