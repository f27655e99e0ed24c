# TOP, BOTTOM and SAMPLE inside windows and groups. builtins.c classifies them FUNC_MGT_AGG_FUNC |
# FUNC_MGT_SELECT_FUNC | FUNC_MGT_MULTI_ROWS_FUNC | FUNC_MGT_KEEP_ORDER_FUNC | FUNC_MGT_FORBID_FILL_FUNC:
# parTranslater.c translateMultiRowsFunc puts no window/GROUP BY restriction on them, so they run per window
# (INTERVAL, SESSION, STATE_WINDOW, EVENT_WINDOW, COUNT_WINDOW) and per group, each window giving up to k rows that
# all carry the window's _wstart/_wend; FILL refuses them (0x2657, TSDB_CODE_PAR_FILL_NOT_ALLOWED_FUNC).
# TAIL and UNIQUE are FUNC_MGT_INDEFINITE_ROWS_FUNC: translateIndefiniteRowsFunc refuses windows and GROUP BY.
# MODE is a plain aggregate (one row per window) and is covered with the aggregates.
# Expected rows follow from the data by hand: top/bottom pick the k largest/smallest non-NULL values of each window;
# SAMPLE with k at least the window's row count returns every row.

statement ok
create database c_multirow

statement ok
use c_multirow

statement ok
create table m1 (ts timestamp, v int, s int)

statement ok 8
insert into m1 values ('2024-01-01 00:00:00.000', 5, 1) ('2024-01-01 00:00:01.000', 3, 1) ('2024-01-01 00:00:02.000', 8, 1) ('2024-01-01 00:00:03.000', 1, 2) ('2024-01-01 00:00:04.000', 9, 2) ('2024-01-01 00:00:10.000', 7, 2) ('2024-01-01 00:00:11.000', 2, 3) ('2024-01-01 00:00:12.000', 6, 3)

statement ok
create stable sm (ts timestamp, v int) tags (g int)

statement ok 6
insert into mc1 using sm tags (1) values ('2024-01-01 00:00:00.000', 4) ('2024-01-01 00:00:05.000', 6) ('2024-01-01 00:00:12.000', 1) mc2 using sm tags (2) values ('2024-01-01 00:00:01.000', 9) ('2024-01-01 00:00:11.000', 3) ('2024-01-01 00:00:13.000', 8)

query rowsort
select _wstart, top(v, 2) from m1 interval(5s)
----
_wstart TIMESTAMP | top(v, 2) INT
2024-01-01 00:00:00.000 | 8
2024-01-01 00:00:00.000 | 9
2024-01-01 00:00:10.000 | 6
2024-01-01 00:00:10.000 | 7

query rowsort
select _wstart, _wend, _wduration, ts, bottom(v, 1) from m1 interval(5s)
----
_wstart TIMESTAMP | _wend TIMESTAMP | _wduration BIGINT | ts TIMESTAMP | bottom(v, 1) INT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:05.000 | 5000 | 2024-01-01 00:00:03.000 | 1
2024-01-01 00:00:10.000 | 2024-01-01 00:00:15.000 | 5000 | 2024-01-01 00:00:11.000 | 2

query rowsort
select _wstart, top(v, 1), s from m1 interval(10s) sliding(5s)
----
_wstart TIMESTAMP | top(v, 1) INT | s INT
2023-12-31 23:59:55.000 | 9 | 2
2024-01-01 00:00:00.000 | 9 | 2
2024-01-01 00:00:05.000 | 7 | 2
2024-01-01 00:00:10.000 | 7 | 2

query rowsort
select _wstart, _wend, top(v, 1), ts from m1 session(ts, 2s)
----
_wstart TIMESTAMP | _wend TIMESTAMP | top(v, 1) INT | ts TIMESTAMP
2024-01-01 00:00:00.000 | 2024-01-01 00:00:04.000 | 9 | 2024-01-01 00:00:04.000
2024-01-01 00:00:10.000 | 2024-01-01 00:00:12.000 | 7 | 2024-01-01 00:00:10.000

query rowsort
select _wstart, top(v, 1) from m1 state_window(s)
----
_wstart TIMESTAMP | top(v, 1) INT
2024-01-01 00:00:00.000 | 8
2024-01-01 00:00:03.000 | 9
2024-01-01 00:00:11.000 | 6

query rowsort
select _wstart, _wend, bottom(v, 1) from m1 event_window start with v > 6 end with v < 3
----
_wstart TIMESTAMP | _wend TIMESTAMP | bottom(v, 1) INT
2024-01-01 00:00:02.000 | 2024-01-01 00:00:03.000 | 1
2024-01-01 00:00:04.000 | 2024-01-01 00:00:11.000 | 2

query rowsort
select _wstart, top(v, 1) from m1 count_window(3)
----
_wstart TIMESTAMP | top(v, 1) INT
2024-01-01 00:00:00.000 | 8
2024-01-01 00:00:03.000 | 9
2024-01-01 00:00:11.000 | 6

query rowsort
select s, top(v, 1) from m1 group by s
----
s INT | top(v, 1) INT
1 | 8
2 | 9
3 | 6

query rowsort
select top(v, 2), s from m1 partition by s
----
top(v, 2) INT | s INT
5 | 1
6 | 3
2 | 3
8 | 1
7 | 2
9 | 2

query rowsort
select tbname, _wstart, top(v, 1) from sm partition by tbname interval(10s)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | top(v, 1) INT
mc1 | 2024-01-01 00:00:00.000 | 6
mc1 | 2024-01-01 00:00:10.000 | 1
mc2 | 2024-01-01 00:00:00.000 | 9
mc2 | 2024-01-01 00:00:10.000 | 8

# without PARTITION BY the children form one series per window
query rowsort
select _wstart, top(v, 2) from sm interval(10s)
----
_wstart TIMESTAMP | top(v, 2) INT
2024-01-01 00:00:00.000 | 6
2024-01-01 00:00:00.000 | 9
2024-01-01 00:00:10.000 | 3
2024-01-01 00:00:10.000 | 8

query rowsort
select _wstart, sample(v, 10) from m1 interval(10s)
----
_wstart TIMESTAMP | sample(v, 10) INT
2024-01-01 00:00:00.000 | 1
2024-01-01 00:00:00.000 | 3
2024-01-01 00:00:00.000 | 5
2024-01-01 00:00:00.000 | 8
2024-01-01 00:00:00.000 | 9
2024-01-01 00:00:10.000 | 2
2024-01-01 00:00:10.000 | 6
2024-01-01 00:00:10.000 | 7

query
select count(*) from (select _wstart, sample(v, 2) from m1 interval(10s))
----
count(*) BIGINT
4

query
select _wstart, top(v, 2) from m1 interval(5s) order by 2 desc limit 3
----
_wstart TIMESTAMP | top(v, 2) INT
2024-01-01 00:00:00.000 | 9
2024-01-01 00:00:00.000 | 8
2024-01-01 00:00:10.000 | 7

statement error 0x2657 top function is not supported in fill query
select _wstart, top(v, 1) from m1 where ts >= '2024-01-01 00:00:00.000' and ts < '2024-01-01 00:00:20.000' interval(5s) fill(null)

statement error 0x2657 sample function is not supported in fill query
select _wstart, sample(v, 1) from m1 where ts >= '2024-01-01 00:00:00.000' and ts < '2024-01-01 00:00:20.000' interval(5s) fill(prev)

statement error 0x264F unique function is not supported in window query or group query
select _wstart, unique(v) from m1 interval(5s)

statement error 0x264F tail function is not supported in window query or group query
select tail(v, 1) from m1 group by s

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select _wstart, top(v, 1), count(*) from m1 interval(5s)
