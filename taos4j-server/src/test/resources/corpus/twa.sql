# TWA inside INTERVAL windows (tdengine-sql.md §8; TDengine 3.3 source/libs/executor/src/timewindowoperator.c
# doWindowBorderInterpolation / setTimeWindowInterpolationStartTs / setTimeWindowInterpolationEndTs and
# source/libs/function/src/builtinsimpl.c twaFunction / twaFinalize; the value at a border comes from
# tfill.c DO_INTERPOLATION). Expected values were computed by an independent re-implementation of those rules:
# - a window's rows are [_wstart, _wend); TDengine's inclusive window end is _wend - 1 tick;
# - start border: if the window's first row is not at _wstart and a row precedes it, the value at _wstart is
#   interpolated between that row and the first row, and the span starts at _wstart;
# - end border: if the window's last row is not at _wend - 1 and a row follows it, the value at _wend - 1 is
#   interpolated between the last row and the next one, and the span ends at _wend - 1;
# - result = trapezoid area / span; a single point gives its value; a window of only NULL values gives 0.0 when
#   its end border applies (TDengine never sets the window start then), else NULL.
# Rows with NULL next to a border are avoided below: TDengine reads the raw cell there (undefined value).

statement ok
create database c_twa

statement ok
use c_twa

statement ok
create table tw1 (ts timestamp, v int)

statement ok 9
insert into tw1 values ('2024-01-01 00:00:01.000', 10) ('2024-01-01 00:00:04.000', 20) ('2024-01-01 00:00:06.000', 0) ('2024-01-01 00:00:11.000', 30) ('2024-01-01 00:00:25.000', 10) ('2024-01-01 00:00:33.000', -6) ('2024-01-01 00:00:40.000', 5) ('2024-01-01 00:00:49.999', 8) ('2024-01-01 00:00:52.000', 7)

statement ok
create table tw2 (ts timestamp, d double)

statement ok 11
insert into tw2 values ('2024-01-01 00:00:01.000', 1.5) ('2024-01-01 00:00:04.000', NULL) ('2024-01-01 00:00:06.000', -2.0) ('2024-01-01 00:00:11.000', 4.0) ('2024-01-01 00:00:25.000', 8.0) ('2024-01-01 00:00:31.000', 2.0) ('2024-01-01 00:00:33.000', NULL) ('2024-01-01 00:00:36.000', 3.0) ('2024-01-01 00:00:40.000', 2.5) ('2024-01-01 00:00:49.999', 6.0) ('2024-01-01 00:00:52.000', 1.0)

statement ok
create table tw3 (ts timestamp, v int)

statement ok 5
insert into tw3 values ('2024-01-01 00:00:00.000', 1) ('2024-01-01 00:00:04.999', 2) ('2024-01-01 00:00:06.000', NULL) ('2024-01-01 00:00:10.000', 3) ('2024-01-01 00:00:13.000', 5)

statement ok
create stable stw (ts timestamp, v int) tags (g int)

statement ok 7
insert into a1 using stw tags (1) values ('2024-01-01 00:00:00.000', 4) ('2024-01-01 00:00:07.000', 8) ('2024-01-01 00:00:15.000', 2) ('2024-01-01 00:00:21.000', 6) a2 using stw tags (2) values ('2024-01-01 00:00:02.000', 1) ('2024-01-01 00:00:09.000', 3) ('2024-01-01 00:00:13.000', 9)

# middle windows interpolate both borders; the first has no start border, the last no end border; the row at
# 00:00:49.999 sits on the inclusive end of its window, so that window has no end border
query
select _wstart, twa(v) from tw1 interval(10s)
----
_wstart TIMESTAMP | twa(v) DOUBLE
2024-01-01 00:00:00.000 | 12.55428414268252
2024-01-01 00:00:10.000 | 23.9149628534282
2024-01-01 00:00:20.000 | 9.286642849999286
2024-01-01 00:00:30.000 | -1.2506251548180767
2024-01-01 00:00:40.000 | 6.5
2024-01-01 00:00:50.000 | 7.499750124937531

query
select _wstart, twa(v) from tw1 interval(5s)
----
_wstart TIMESTAMP | twa(v) DOUBLE
2024-01-01 00:00:00.000 | 15.001249062265565
2024-01-01 00:00:05.000 | 10.597320064012802
2024-01-01 00:00:10.000 | 27.114851398851197
2024-01-01 00:00:25.000 | 5.001
2024-01-01 00:00:30.000 | -3.57157129997428
2024-01-01 00:00:40.000 | 5.74992499249925
2024-01-01 00:00:45.000 | 7.25007500750075
2024-01-01 00:00:50.000 | 7.499750124937531

# 00:00:25: the row sits on the window start, so only the end border (at 29.999, between 10 and -6) is added.
# FILL works on the window results as for other aggregates; empty windows get no border interpolation
query
select _wstart, twa(v) from tw1 where ts >= '2024-01-01 00:00:00.000' and ts < '2024-01-01 00:01:00.000' interval(5s) fill(linear)
----
_wstart TIMESTAMP | twa(v) DOUBLE
2024-01-01 00:00:00.000 | 15.001249062265565
2024-01-01 00:00:05.000 | 10.597320064012802
2024-01-01 00:00:10.000 | 27.114851398851197
2024-01-01 00:00:15.000 | 19.743567599234133
2024-01-01 00:00:20.000 | 12.372283799617067
2024-01-01 00:00:25.000 | 5.001
2024-01-01 00:00:30.000 | -3.57157129997428
2024-01-01 00:00:35.000 | 1.0891768462624847
2024-01-01 00:00:40.000 | 5.74992499249925
2024-01-01 00:00:45.000 | 7.25007500750075
2024-01-01 00:00:50.000 | 7.499750124937531
2024-01-01 00:00:55.000 | NULL

# WHERE removes rows before windows are built, so 00:00:06 is no neighbour here: 00:00:10 has only its end border,
# 00:00:30 only its start border (0.0 between 10 at 25.000 and -6 at 33.000)
query
select _wstart, twa(v), count(v) from tw1 where ts >= '2024-01-01 00:00:10.000' and ts < '2024-01-01 00:00:40.000' interval(5s) fill(value, -1, 0)
----
_wstart TIMESTAMP | twa(v) DOUBLE | count(v) BIGINT
2024-01-01 00:00:10.000 | 27.143571428571427 | 1
2024-01-01 00:00:15.000 | -1.0 | 0
2024-01-01 00:00:20.000 | -1.0 | 0
2024-01-01 00:00:25.000 | 5.001 | 1
2024-01-01 00:00:30.000 | -3.0 | 1
2024-01-01 00:00:35.000 | -1.0 | 0

query
select _wstart, twa(v) from tw1 interval(10s) sliding(5s)
----
_wstart TIMESTAMP | twa(v) DOUBLE
2023-12-31 23:59:55.000 | 15.001249062265565
2024-01-01 00:00:00.000 | 12.55428414268252
2024-01-01 00:00:05.000 | 18.85659987427314
2024-01-01 00:00:10.000 | 23.9149628534282
2024-01-01 00:00:20.000 | 9.286642849999286
2024-01-01 00:00:25.000 | 0.7146429714400012
2024-01-01 00:00:30.000 | -1.2506251548180767
2024-01-01 00:00:35.000 | 3.410442903509476
2024-01-01 00:00:40.000 | 6.5
2024-01-01 00:00:45.000 | 7.321517851785178
2024-01-01 00:00:50.000 | 7.499750124937531

query
select _wstart, twa(v) from tw1 interval(10s, 3s)
----
_wstart TIMESTAMP | twa(v) DOUBLE
2023-12-31 23:59:53.000 | 13.331666666666667
2024-01-01 00:00:03.000 | 17.046609351411334
2024-01-01 00:00:23.000 | 3.8867028559998857
2024-01-01 00:00:33.000 | 1.2845519259222336
2024-01-01 00:00:43.000 | 7.072318331833183

query
select _wstart, twa(d) from tw2 interval(10s)
----
_wstart TIMESTAMP | twa(d) DOUBLE
2024-01-01 00:00:00.000 | 0.03858211643199069
2024-01-01 00:00:10.000 | 5.096995428114239
2024-01-01 00:00:20.000 | 6.393196412498392
2024-01-01 00:00:30.000 | 2.600009994749475
2024-01-01 00:00:40.000 | 4.25
2024-01-01 00:00:50.000 | 3.498750624687656

# a window of only NULLs gives 0.0 when its end border applies
query
select _wstart, twa(v), count(*) from tw3 interval(5s)
----
_wstart TIMESTAMP | twa(v) DOUBLE | count(*) BIGINT
2024-01-01 00:00:00.000 | 1.5 | 2
2024-01-01 00:00:05.000 | 0.0 | 1
2024-01-01 00:00:10.000 | 4.0 | 2

query
select _wstart, twa(v) from a1 interval(10s)
----
_wstart TIMESTAMP | twa(v) DOUBLE
2024-01-01 00:00:00.000 | 6.262551217621762
2024-01-01 00:00:10.000 | 3.7706771010434372
2024-01-01 00:00:20.000 | 5.666666666666667

query rowsort
select tbname, _wstart, twa(v) from stw partition by tbname interval(10s)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | twa(v) DOUBLE
a1 | 2024-01-01 00:00:00.000 | 6.262551217621762
a1 | 2024-01-01 00:00:10.000 | 3.7706771010434372
a1 | 2024-01-01 00:00:20.000 | 5.666666666666667
a2 | 2024-01-01 00:00:00.000 | 2.218464901862733
a2 | 2024-01-01 00:00:10.000 | 6.75

# without PARTITION BY the children are merged in time order into one series
query
select _wstart, twa(v) from stw interval(10s)
----
_wstart TIMESTAMP | twa(v) DOUBLE
2024-01-01 00:00:00.000 | 4.224972572257226
2024-01-01 00:00:10.000 | 4.958295862919625
2024-01-01 00:00:20.000 | 5.666666666666667

statement ok
create table tw4 (ts timestamp, v int, s int)

statement ok 8
insert into tw4 values ('2024-01-01 00:00:00.000', 5, 1) ('2024-01-01 00:00:01.000', 3, 1) ('2024-01-01 00:00:02.000', 8, 1) ('2024-01-01 00:00:03.000', 1, 2) ('2024-01-01 00:00:04.000', 9, 2) ('2024-01-01 00:00:10.000', 7, 2) ('2024-01-01 00:00:11.000', 2, 3) ('2024-01-01 00:00:12.000', 6, 3)

# PARTITION BY a column: each partition is its own series, so borders only see rows of the same partition
query rowsort
select s, _wstart, twa(v), count(*) from tw4 partition by s interval(10s)
----
s INT | _wstart TIMESTAMP | twa(v) DOUBLE | count(*) BIGINT
1 | 2024-01-01 00:00:00.000 | 4.75 | 3
2 | 2024-01-01 00:00:00.000 | 7.571510191932181 | 2
2 | 2024-01-01 00:00:10.000 | 7.0 | 1
3 | 2024-01-01 00:00:10.000 | 4.0 | 2

query
select _wstart, twa(v), avg(v) from tw4 interval(10s)
----
_wstart TIMESTAMP | twa(v) DOUBLE | avg(v) DOUBLE
2024-01-01 00:00:00.000 | 6.699969980331367 | 5.2
2024-01-01 00:00:10.000 | 4.25 | 5.0

# ELAPSED is the other FUNC_MGT_INTERVAL_INTERPO_FUNC: builtinsimpl.c elapsedFunction takes the window start as the
# span's start where the start border applies and _wend (inclusive end + 1) where the end border applies
query
select _wstart, elapsed(ts), elapsed(ts, 1s) from tw1 interval(10s)
----
_wstart TIMESTAMP | elapsed(ts) DOUBLE | elapsed(ts, 1s) DOUBLE
2024-01-01 00:00:00.000 | 9000.0 | 9.0
2024-01-01 00:00:10.000 | 10000.0 | 10.0
2024-01-01 00:00:20.000 | 10000.0 | 10.0
2024-01-01 00:00:30.000 | 10000.0 | 10.0
2024-01-01 00:00:40.000 | 9999.0 | 9.999
2024-01-01 00:00:50.000 | 2000.0 | 2.0

query rowsort
select tbname, _wstart, elapsed(ts) from stw partition by tbname interval(10s)
----
tbname VARCHAR(270) | _wstart TIMESTAMP | elapsed(ts) DOUBLE
a1 | 2024-01-01 00:00:00.000 | 10000.0
a1 | 2024-01-01 00:00:10.000 | 10000.0
a1 | 2024-01-01 00:00:20.000 | 1000.0
a2 | 2024-01-01 00:00:00.000 | 8000.0
a2 | 2024-01-01 00:00:10.000 | 3000.0

# a super table without PARTITION BY tbname: TDengine computes ELAPSED in per-vnode partial windows whose borders
# depend on the vgroup layout; here each window spans its own first to last row
query
select _wstart, elapsed(ts) from stw interval(10s)
----
_wstart TIMESTAMP | elapsed(ts) DOUBLE
2024-01-01 00:00:00.000 | 9000.0
2024-01-01 00:00:10.000 | 2000.0
2024-01-01 00:00:20.000 | 0.0

statement ok 2
insert into d1 using stw tags (3) values ('2024-01-01 00:01:00.000', 1) d2 using stw tags (4) values ('2024-01-01 00:01:00.000', 2)

# two children with a row at the same time merge into one series with a duplicate timestamp (twaFunction)
statement error 0x2805 Duplicate timestamps not allowed in function
select _wstart, twa(v) from stw interval(10s)

query
select _wstart, twa(v) from stw where g < 3 interval(10s)
----
_wstart TIMESTAMP | twa(v) DOUBLE
2024-01-01 00:00:00.000 | 4.224972572257226
2024-01-01 00:00:10.000 | 4.958295862919625
2024-01-01 00:00:20.000 | 5.666666666666667
