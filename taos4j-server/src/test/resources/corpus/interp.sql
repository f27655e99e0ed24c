# INTERP with RANGE/EVERY/FILL, _irowts and _isfilled (tdengine-sql.md §6.8), on the data of the 3.3.7.5
# observations there: v = 1, NULL, 3, 7 at 00:00, 00:01, 00:03, 00:07.

statement ok
create database c_interp

statement ok
use c_interp

statement ok
create table it (ts timestamp, v int, f float)

statement ok 4
insert into it values ('2024-01-01 00:00:00.000', 1, 1.0) ('2024-01-01 00:00:01.000', NULL, 2.0) ('2024-01-01 00:00:03.000', 3, NULL) ('2024-01-01 00:00:07.000', 7, 8.0)

statement ok
create stable ist (ts timestamp, v int) tags (g int)

statement ok 3
insert into i1 using ist tags (1) values ('2024-01-01 00:00:00.000', 10) ('2024-01-01 00:00:04.000', 20) i2 using ist tags (2) values ('2024-01-01 00:00:02.000', 5)

query
select _irowts, _isfilled, interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s) fill(null)
----
_irowts TIMESTAMP | _isfilled BOOL | interp(v) INT
2024-01-01 00:00:00.000 | false | 1
2024-01-01 00:00:01.000 | false | NULL
2024-01-01 00:00:02.000 | true | NULL
2024-01-01 00:00:03.000 | false | 3
2024-01-01 00:00:04.000 | true | NULL
2024-01-01 00:00:05.000 | true | NULL
2024-01-01 00:00:06.000 | true | NULL
2024-01-01 00:00:07.000 | false | 7
2024-01-01 00:00:08.000 | true | NULL

query
select _irowts, interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s) fill(value, 0)
----
_irowts TIMESTAMP | interp(v) INT
2024-01-01 00:00:00.000 | 1
2024-01-01 00:00:01.000 | NULL
2024-01-01 00:00:02.000 | 0
2024-01-01 00:00:03.000 | 3
2024-01-01 00:00:04.000 | 0
2024-01-01 00:00:05.000 | 0
2024-01-01 00:00:06.000 | 0
2024-01-01 00:00:07.000 | 7
2024-01-01 00:00:08.000 | 0

query
select _irowts, interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s) fill(prev)
----
_irowts TIMESTAMP | interp(v) INT
2024-01-01 00:00:00.000 | 1
2024-01-01 00:00:01.000 | NULL
2024-01-01 00:00:02.000 | NULL
2024-01-01 00:00:03.000 | 3
2024-01-01 00:00:04.000 | 3
2024-01-01 00:00:05.000 | 3
2024-01-01 00:00:06.000 | 3
2024-01-01 00:00:07.000 | 7
2024-01-01 00:00:08.000 | 7

query
select _irowts, interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s) fill(next)
----
_irowts TIMESTAMP | interp(v) INT
2024-01-01 00:00:00.000 | 1
2024-01-01 00:00:01.000 | NULL
2024-01-01 00:00:02.000 | 3
2024-01-01 00:00:03.000 | 3
2024-01-01 00:00:04.000 | 7
2024-01-01 00:00:05.000 | 7
2024-01-01 00:00:06.000 | 7
2024-01-01 00:00:07.000 | 7

query
select _irowts, _isfilled, interp(v) from it range('2023-12-31 23:59:59', '2024-01-01 00:00:09') every(1s) fill(linear)
----
_irowts TIMESTAMP | _isfilled BOOL | interp(v) INT
2024-01-01 00:00:00.000 | false | 1
2024-01-01 00:00:01.000 | false | NULL
2024-01-01 00:00:02.000 | true | NULL
2024-01-01 00:00:03.000 | false | 3
2024-01-01 00:00:04.000 | true | 4
2024-01-01 00:00:05.000 | true | 5
2024-01-01 00:00:06.000 | true | 6
2024-01-01 00:00:07.000 | false | 7

query
select _irowts, _isfilled, interp(v, 1) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:03') every(1s) fill(prev)
----
_irowts TIMESTAMP | _isfilled BOOL | interp(v, 1) INT
2024-01-01 00:00:00.000 | false | 1
2024-01-01 00:00:01.000 | true | 1
2024-01-01 00:00:02.000 | true | 1
2024-01-01 00:00:03.000 | false | 3

query
select _irowts, interp(v, 1) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:03') every(1s) fill(linear)
----
_irowts TIMESTAMP | interp(v, 1) INT
2024-01-01 00:00:00.000 | 1
2024-01-01 00:00:01.000 | 1
2024-01-01 00:00:02.000 | 2
2024-01-01 00:00:03.000 | 3

query
select _irowts, interp(v) from it range('2024-01-02 00:00:00', '2024-01-02 00:00:02') every(1s) fill(prev)
----
_irowts TIMESTAMP | interp(v) INT
2024-01-02 00:00:00.000 | 7
2024-01-02 00:00:01.000 | 7
2024-01-02 00:00:02.000 | 7

query
select _irowts, interp(v) from it range('2024-01-02 00:00:00', '2024-01-02 00:00:02') every(1s) fill(next)
----
_irowts TIMESTAMP | interp(v) INT

query
select _irowts, interp(v) from it where ts > '2030-01-01 00:00:00' range('2024-01-01 00:00:00', '2024-01-01 00:00:02') every(1s) fill(null)
----
_irowts TIMESTAMP | interp(v) INT
2024-01-01 00:00:00.000 | NULL
2024-01-01 00:00:01.000 | NULL
2024-01-01 00:00:02.000 | NULL

query
select _irowts, interp(v) from it where ts > '2030-01-01 00:00:00' range('2024-01-01 00:00:00', '2024-01-01 00:00:01') every(1s) fill(value_f, 9)
----
_irowts TIMESTAMP | interp(v) INT
2024-01-01 00:00:00.000 | 9
2024-01-01 00:00:01.000 | 9

query
select _irowts, interp(v) from it where ts > '2030-01-01 00:00:00' range('2024-01-01 00:00:00', '2024-01-01 00:00:01') every(1s) fill(prev)
----
_irowts TIMESTAMP | interp(v) INT

query
select interp(v) from it range('2024-01-01 00:00:05') fill(prev)
----
interp(v) INT
3

query
select _irowts, interp(v) from it range('2024-01-01 00:00:07') fill(linear)
----
_irowts TIMESTAMP | interp(v) INT
2024-01-01 00:00:07.000 | 7

query
select _irowts, interp(v), interp(f) from it range('2024-01-01 00:00:05', '2024-01-01 00:00:07') every(1s) fill(linear)
----
_irowts TIMESTAMP | interp(v) INT | interp(f) FLOAT
2024-01-01 00:00:05.000 | 5 | NULL
2024-01-01 00:00:06.000 | 6 | NULL
2024-01-01 00:00:07.000 | 7 | 8.0

query
select _irowts, interp(f) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:01') every(500a) fill(linear)
----
_irowts TIMESTAMP | interp(f) FLOAT
2024-01-01 00:00:00.000 | 1.0
2024-01-01 00:00:00.500 | 1.5
2024-01-01 00:00:01.000 | 2.0

query
select _irowts, interp(v) + 1 from it range('2024-01-01 00:00:03', '2024-01-01 00:00:04') every(1s) fill(prev)
----
_irowts TIMESTAMP | interp(v) + 1 DOUBLE
2024-01-01 00:00:03.000 | 4.0
2024-01-01 00:00:04.000 | 4.0

query
select _irowts, interp(v) from it range('2024-01-01 00:00:04', '2024-01-01 00:00:08') every(2s) fill(near)
----
_irowts TIMESTAMP | interp(v) INT
2024-01-01 00:00:04.000 | 3
2024-01-01 00:00:06.000 | 7
2024-01-01 00:00:08.000 | 7

query
select _irowts, interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s) fill(prev) order by _irowts desc limit 2
----
_irowts TIMESTAMP | interp(v) INT
2024-01-01 00:00:08.000 | 7
2024-01-01 00:00:07.000 | 7

query rowsort
select tbname, _irowts, interp(v) from ist partition by tbname range('2024-01-01 00:00:00', '2024-01-01 00:00:04') every(2s) fill(linear)
----
tbname VARCHAR(270) | _irowts TIMESTAMP | interp(v) INT
i1 | 2024-01-01 00:00:00.000 | 10
i1 | 2024-01-01 00:00:02.000 | 15
i1 | 2024-01-01 00:00:04.000 | 20
i2 | 2024-01-01 00:00:02.000 | 5

query rowsort
select g, _irowts, interp(v) from ist partition by g range('2024-01-01 00:00:01', '2024-01-01 00:00:03') every(2s) fill(value, -1)
----
g INT | _irowts TIMESTAMP | interp(v) INT
1 | 2024-01-01 00:00:01.000 | -1
1 | 2024-01-01 00:00:03.000 | -1
2 | 2024-01-01 00:00:01.000 | -1
2 | 2024-01-01 00:00:03.000 | -1

statement error 0x265D Missing RANGE clause, EVERY clause or FILL clause
select interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s)

statement error 0x265D Missing RANGE clause, EVERY clause or FILL clause
select interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') fill(prev)

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select interp(v), count(*) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s) fill(prev)

statement error 0x264F interp ignoring null value options cannot be used when applying to multiple columns
select interp(v, 1), interp(f, 1) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s) fill(prev)

statement error 0x2605 Filled values number mismatch
select interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s) fill(value, 1, 2)

statement error 0x2803 Invalid parameter value : interp
select interp(v, 2) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:08') every(1s) fill(prev)

# ---------------------------------------------------------------- RANGE(t, around) and _irowts_origin
# TDengine 3.3.4.9+ (TS-5667 test spec, docs 20-select.md INTERP): a single point with an around interval takes
# FILL(PREV|NEXT|NEAR, v, ...): the row used must lie within the interval of the point, else the FILL values fill
# it (_irowts_origin NULL); with no row at all in the search direction the point is left out; NEAR takes the
# nearer row, the earlier one on a tie. _irowts_origin is the time of the row a value came from.

query
select _irowts, _isfilled, _irowts_origin, interp(v) from it range('2024-01-01 00:00:05', 1s) fill(near, -1)
----
_irowts TIMESTAMP | _isfilled BOOL | _irowts_origin TIMESTAMP | interp(v) INT
2024-01-01 00:00:05.000 | true | NULL | -1

query
select _irowts, _isfilled, _irowts_origin, interp(v) from it range('2024-01-01 00:00:05', 2s) fill(near, -1)
----
_irowts TIMESTAMP | _isfilled BOOL | _irowts_origin TIMESTAMP | interp(v) INT
2024-01-01 00:00:05.000 | true | 2024-01-01 00:00:03.000 | 3

query
select _irowts_origin, interp(v) from it range('2024-01-01 00:00:06', 2s) fill(near, -1)
----
_irowts_origin TIMESTAMP | interp(v) INT
2024-01-01 00:00:07.000 | 7

query
select _irowts_origin, interp(v) from it range('2024-01-01 00:00:05', 1s) fill(prev, -1)
----
_irowts_origin TIMESTAMP | interp(v) INT
NULL | -1

query
select _irowts_origin, interp(v) from it range('2024-01-01 00:00:09', 1h) fill(next, -1)
----
_irowts_origin TIMESTAMP | interp(v) INT

query
select _isfilled, _irowts_origin, interp(v) from it range('2024-01-01 00:00:03', 1a) fill(next, -1)
----
_isfilled BOOL | _irowts_origin TIMESTAMP | interp(v) INT
false | 2024-01-01 00:00:03.000 | 3

query
select _irowts_origin, interp(v), interp(f) from it range('2024-01-01 00:00:02', 1s) fill(prev, -1, -2)
----
_irowts_origin TIMESTAMP | interp(v) INT | interp(f) FLOAT
2024-01-01 00:00:01.000 | NULL | 2.0

query
select _irowts_origin, interp(v, 1) from it range('2024-01-01 00:00:02', 1s) fill(prev, -1)
----
_irowts_origin TIMESTAMP | interp(v, 1) INT
NULL | -1

query rowsort
select tbname, _irowts_origin, interp(v) from ist partition by tbname range('2024-01-01 00:00:03', 1s) fill(near, 0)
----
tbname VARCHAR(270) | _irowts_origin TIMESTAMP | interp(v) INT
i1 | 2024-01-01 00:00:04.000 | 20
i2 | 2024-01-01 00:00:02.000 | 5

query
select _irowts, _irowts_origin, interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:04') every(2s) fill(prev)
----
_irowts TIMESTAMP | _irowts_origin TIMESTAMP | interp(v) INT
2024-01-01 00:00:00.000 | 2024-01-01 00:00:00.000 | 1
2024-01-01 00:00:02.000 | 2024-01-01 00:00:01.000 | NULL
2024-01-01 00:00:04.000 | 2024-01-01 00:00:03.000 | 3

statement error 0x2605 Must specify values.
select interp(v) from it range('2024-01-01 00:00:05', 1s) fill(near)

statement error 0x2605 num of fill value mismatch
select interp(v), interp(f) from it range('2024-01-01 00:00:05', 1s) fill(near, 1)

statement error 0x265D Range clause with around interval can't be used with EVERY clause
select interp(v) from it range('2024-01-01 00:00:05', 1s) every(1s) fill(prev, 1)

statement error 0x263B Start(end) time of query range required or time range too large
select interp(v) from it range('2024-01-01 00:00:05', 1s) fill(null)

statement error 0x263B Start(end) time of query range required or time range too large
select interp(v) from it range('2024-01-01 00:00:05', 0s) fill(near, 1)

statement error 0x2605 Invalid value type
select interp(v) from it range('2024-01-01 00:00:05', 1n) fill(near, 1)

statement error 0x2605 Can't specify fill values
select interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:04') every(1s) fill(prev, 1)

statement error 0x2657 _irowts_origin can only be used with FILL PREV/NEXT/NEAR
select _irowts_origin, interp(v) from it range('2024-01-01 00:00:00', '2024-01-01 00:00:04') every(1s) fill(linear)
