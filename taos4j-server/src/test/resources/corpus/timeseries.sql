# Multi-row functions: DIFF, DERIVATIVE, CSUM, MAVG, STATECOUNT, STATEDURATION, TOP, BOTTOM, SAMPLE, TAIL, UNIQUE
# (tdengine-sql.md §7.2, §7.3), expectations worked out from builtinsimpl.c (diffFunctionByRow, csumFunction,
# mavgFunction, stateCountFunction, stateDurationFunction, derivativeFunction) and parTranslater.c's mixing rules.
# TDengine returns TOP/BOTTOM/SAMPLE/UNIQUE rows in no defined order, hence rowsort there.

statement ok
create database c_ts

statement ok
use c_ts

statement ok
create table ts1 (ts timestamp, v int, f double, b bool, u tinyint unsigned)

statement ok 5
insert into ts1 values ('2024-01-01 00:00:00.000', 10, 1.5, true, 200) ('2024-01-01 00:00:01.000', 12, NULL, false, 210) ('2024-01-01 00:00:02.000', NULL, 2.5, true, 205) ('2024-01-01 00:00:04.000', 9, 4.0, true, NULL) ('2024-01-01 00:00:05.000', 15, 4.5, NULL, 250)

statement ok
create stable stb (ts timestamp, v int) tags (g int)

statement ok 3
insert into c1 using stb tags (1) values ('2024-01-01 00:00:00.000', 1) ('2024-01-01 00:00:02.000', 4) ('2024-01-01 00:00:04.000', 9)

statement ok 2
insert into c2 using stb tags (2) values ('2024-01-01 00:00:01.000', 2) ('2024-01-01 00:00:03.000', 3)

statement ok
create stable dup (ts timestamp, v int) tags (g int)

statement ok 3
insert into e1 using dup tags (1) values ('2024-01-01 00:00:00.000', 1) ('2024-01-01 00:00:01.000', 2) e2 using dup tags (2) values ('2024-01-01 00:00:01.000', 5)

# ---------------------------------------------------------------- DIFF

query
select ts, diff(v) from ts1
----
ts TIMESTAMP | diff(v) BIGINT
2024-01-01 00:00:01.000 | 2
2024-01-01 00:00:02.000 | NULL
2024-01-01 00:00:04.000 | -3
2024-01-01 00:00:05.000 | 6

query
select diff(v, 1) from ts1
----
diff(v, 1) BIGINT
2
NULL
NULL
6

query
select ts, diff(v, 2) from ts1
----
ts TIMESTAMP | diff(v, 2) BIGINT
2024-01-01 00:00:01.000 | 2
2024-01-01 00:00:04.000 | -3
2024-01-01 00:00:05.000 | 6

query
select ts, diff(v, 3) from ts1
----
ts TIMESTAMP | diff(v, 3) BIGINT
2024-01-01 00:00:01.000 | 2
2024-01-01 00:00:05.000 | 6

query
select diff(f) from ts1
----
diff(f) DOUBLE
NULL
1.0
1.5
0.5

query
select diff(b), diff(ts) from ts1
----
diff(b) BIGINT | diff(ts) BIGINT
-1 | 1000
1 | 1000
0 | 2000
NULL | 1000

query
select diff(v), diff(f) from ts1
----
diff(v) BIGINT | diff(f) DOUBLE
2 | NULL
NULL | 1.0
-3 | 1.5
6 | 0.5

query
select diff(v, 2), diff(f, 2) from ts1
----
diff(v, 2) BIGINT | diff(f, 2) DOUBLE
2 | NULL
NULL | 1.0
-3 | 1.5
6 | 0.5

query
select diff(v) + 1, v, f from ts1
----
diff(v) + 1 DOUBLE | v INT | f DOUBLE
3.0 | 12 | NULL
NULL | NULL | 2.5
-2.0 | 9 | 4.0
7.0 | 15 | 4.5

query
select _rowts, diff(v) as dv from ts1 where ts >= '2024-01-01 00:00:02.000'
----
_rowts TIMESTAMP | dv BIGINT
2024-01-01 00:00:04.000 | NULL
2024-01-01 00:00:05.000 | 6

query
select diff(u) from ts1
----
diff(u) BIGINT
266
-5
NULL
45

query
select diff(v) from ts1 order by ts desc limit 2
----
diff(v) BIGINT
6
-3

query
select diff(v) from ts1 where v > 100
----
diff(v) BIGINT

query rowsort
select tbname, ts, diff(v) from stb partition by tbname
----
tbname VARCHAR(270) | ts TIMESTAMP | diff(v) BIGINT
c1 | 2024-01-01 00:00:02.000 | 3
c1 | 2024-01-01 00:00:04.000 | 5
c2 | 2024-01-01 00:00:03.000 | 1

query
select ts, diff(v) from stb
----
ts TIMESTAMP | diff(v) BIGINT
2024-01-01 00:00:01.000 | 1
2024-01-01 00:00:02.000 | 2
2024-01-01 00:00:03.000 | -1
2024-01-01 00:00:04.000 | 6

query rowsort
select g, diff(v) from stb partition by g
----
g INT | diff(v) BIGINT
1 | 3
1 | 5
2 | 1

query rowsort
select tbname, diff(v) from stb partition by tbname limit 1
----
tbname VARCHAR(270) | diff(v) BIGINT
c1 | 3
c2 | 1

statement error 0x2805 Duplicate timestamps not allowed in function
select diff(v) from dup

statement error 0x2803 Invalid parameter value : diff
select diff(v, 4) from ts1

statement error 0x2802 Invalid parameter data type : diff
select diff(v, f) from ts1

statement error 0x2801 Invalid number of parameters : diff
select diff(v, 1, 1) from ts1

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select diff(v), count(*) from ts1

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select count(*), diff(v) from ts1

statement error 0x2680 Some functions cannot appear in the select list at the same time
select diff(v), csum(v) from ts1

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select diff(v), mavg(v, 2) from ts1

statement error 0x264F diff function is not supported in window query or group query
select diff(v) from ts1 interval(1s)

statement error 0x264F diff function is not supported in window query or group query
select diff(v) from ts1 group by b

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select v from ts1 where diff(v) > 0

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select diff(max(v)) from ts1

# ---------------------------------------------------------------- CSUM

query
select ts, csum(v) from ts1
----
ts TIMESTAMP | csum(v) BIGINT
2024-01-01 00:00:00.000 | 10
2024-01-01 00:00:01.000 | 22
2024-01-01 00:00:04.000 | 31
2024-01-01 00:00:05.000 | 46

query
select csum(f) from ts1
----
csum(f) DOUBLE
1.5
4.0
8.0
12.5

query
select csum(u) from ts1
----
csum(u) BIGINT UNSIGNED
200
410
615
865

query
select csum(v) + csum(v) from ts1
----
csum(v) + csum(v) DOUBLE
20.0
44.0
62.0
92.0

query
select csum(v) from stb
----
csum(v) BIGINT
1
3
7
10
19

query rowsort
select tbname, csum(v) from stb partition by tbname
----
tbname VARCHAR(270) | csum(v) BIGINT
c1 | 1
c1 | 5
c1 | 14
c2 | 2
c2 | 5

statement error 0x2802 Invalid parameter data type : csum
select csum(b) from ts1

# ---------------------------------------------------------------- DERIVATIVE

query
select ts, derivative(v, 1s, 0) from ts1
----
ts TIMESTAMP | derivative(v, 1s, 0) DOUBLE
2024-01-01 00:00:01.000 | 2.0
2024-01-01 00:00:04.000 | -1.0
2024-01-01 00:00:05.000 | 6.0

query
select ts, derivative(v, 1s, 1) from ts1
----
ts TIMESTAMP | derivative(v, 1s, 1) DOUBLE
2024-01-01 00:00:01.000 | 2.0
2024-01-01 00:00:05.000 | 6.0

query
select derivative(v, 1m, 0) from ts1
----
derivative(v, 1m, 0) DOUBLE
120.0
-60.0
360.0

query
select derivative(f, 2s, 0) from ts1
----
derivative(f, 2s, 0) DOUBLE
1.0
1.5
1.0

statement error 0x2803 Invalid parameter value : derivative
select derivative(v, 1s, 2) from ts1

statement error 0x2801 Invalid number of parameters : derivative
select derivative(v, 1s) from ts1

# ---------------------------------------------------------------- MAVG

query
select ts, mavg(v, 2) from ts1
----
ts TIMESTAMP | mavg(v, 2) DOUBLE
2024-01-01 00:00:01.000 | 11.0
2024-01-01 00:00:04.000 | 10.5
2024-01-01 00:00:05.000 | 12.0

query
select ts, mavg(v, 3) from ts1
----
ts TIMESTAMP | mavg(v, 3) DOUBLE
2024-01-01 00:00:04.000 | 10.333333333333334
2024-01-01 00:00:05.000 | 12.0

query
select mavg(v, 1) from ts1
----
mavg(v, 1) DOUBLE
10.0
12.0
9.0
15.0

query
select mavg(v, 5) from ts1
----
mavg(v, 5) DOUBLE

statement error 0x2803 Invalid parameter value : mavg
select mavg(v, 0) from ts1

statement error 0x2803 Invalid parameter value : mavg
select mavg(v, 1001) from ts1

# ---------------------------------------------------------------- STATECOUNT, STATEDURATION

query
select ts, statecount(v, 'GT', 10) from ts1
----
ts TIMESTAMP | statecount(v, 'GT', 10) BIGINT
2024-01-01 00:00:00.000 | -1
2024-01-01 00:00:01.000 | 1
2024-01-01 00:00:02.000 | NULL
2024-01-01 00:00:04.000 | -1
2024-01-01 00:00:05.000 | 1

query
select statecount(v, 'ge', 10) from ts1
----
statecount(v, 'ge', 10) BIGINT
1
2
NULL
-1
1

query
select statecount(f, 'LT', 4.2) from ts1
----
statecount(f, 'LT', 4.2) BIGINT
1
NULL
2
3
-1

query
select stateduration(v, 'GE', 10) from ts1
----
stateduration(v, 'GE', 10) BIGINT
0
1000
NULL
-1
0

query
select stateduration(v, 'GE', 10, 1s), stateduration(v, 'NE', 9, 1s) from ts1
----
stateduration(v, 'GE', 10, 1s) BIGINT | stateduration(v, 'NE', 9, 1s) BIGINT
0 | 0
1 | 1
NULL | NULL
-1 | -1
0 | 0

query
select statecount(v, 'EQ', 9) from ts1
----
statecount(v, 'EQ', 9) BIGINT
-1
-1
NULL
1
-1

statement error 0x2803 Invalid parameter value : statecount
select statecount(v, 'XX', 1) from ts1

statement error 0x2801 Invalid number of parameters : statecount
select statecount(v, 'GT') from ts1

# ---------------------------------------------------------------- TOP, BOTTOM, SAMPLE, TAIL, UNIQUE

query rowsort
select ts, top(v, 2) from ts1
----
ts TIMESTAMP | top(v, 2) INT
2024-01-01 00:00:01.000 | 12
2024-01-01 00:00:05.000 | 15

query rowsort
select bottom(v, 2), ts, f from ts1
----
bottom(v, 2) INT | ts TIMESTAMP | f DOUBLE
10 | 2024-01-01 00:00:00.000 | 1.5
9 | 2024-01-01 00:00:04.000 | 4.0

query rowsort
select top(v, 10) from ts1
----
top(v, 10) INT
10
12
15
9

query
select top(f, 1) from ts1
----
top(f, 1) DOUBLE
4.5

query
select top(v, 3) from ts1 order by ts
----
top(v, 3) INT
10
12
15

query
select bottom(v, 3) from ts1 order by 1 desc
----
bottom(v, 3) INT
12
10
9

query rowsort
select top(v, 2), tbname from stb
----
top(v, 2) INT | tbname VARCHAR(270)
4 | c1
9 | c1

query rowsort
select tbname, top(v, 1) from stb partition by tbname
----
tbname VARCHAR(270) | top(v, 1) INT
c1 | 9
c2 | 3

query rowsort
select sample(v, 10) from ts1
----
sample(v, 10) INT
10
12
15
9

query
select count(*) from (select sample(v, 2) from ts1)
----
count(*) BIGINT
2

query rowsort
select ts, tail(v, 2) from ts1
----
ts TIMESTAMP | tail(v, 2) INT
2024-01-01 00:00:04.000 | 9
2024-01-01 00:00:05.000 | 15

query rowsort
select ts, tail(v, 2, 1) from ts1
----
ts TIMESTAMP | tail(v, 2, 1) INT
2024-01-01 00:00:02.000 | NULL
2024-01-01 00:00:04.000 | 9

query rowsort
select tail(f, 10) from ts1
----
tail(f, 10) DOUBLE
1.5
2.5
4.0
4.5
NULL

query rowsort
select unique(b) from ts1
----
unique(b) BOOL
NULL
false
true

query rowsort
select ts, unique(b) from ts1
----
ts TIMESTAMP | unique(b) BOOL
2024-01-01 00:00:00.000 | true
2024-01-01 00:00:01.000 | false
2024-01-01 00:00:05.000 | NULL

query rowsort
select unique(g) from stb
----
unique(g) INT
1
2

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select top(v, 2), bottom(v, 2) from ts1

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select top(v, 2), count(*) from ts1

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select top(v, 2), max(v) from ts1

statement error 0x2803 Invalid parameter value : top
select top(v, 101) from ts1

statement error 0x2803 Invalid parameter value : bottom
select bottom(v, 0) from ts1

statement error 0x2802 Invalid parameter data type : top
select top(b, 1) from ts1

statement error 0x2803 Invalid parameter value : sample
select sample(v, 1001) from ts1

statement error 0x2803 Invalid parameter value : tail
select tail(v, 1, 101) from ts1

statement error 0x2802 Invalid parameter data type : tail
select tail(v, f) from ts1

query
select ts, v, csum(v) from ts1 where v is not null order by ts desc
----
ts TIMESTAMP | v INT | csum(v) BIGINT
2024-01-01 00:00:05.000 | 15 | 46
2024-01-01 00:00:04.000 | 9 | 31
2024-01-01 00:00:01.000 | 12 | 22
2024-01-01 00:00:00.000 | 10 | 10

query
select csum(v) from ts1 limit 2 offset 1
----
csum(v) BIGINT
22
31

query
select mavg(f, 2) from ts1
----
mavg(f, 2) DOUBLE
2.0
3.25
4.25

query
select statecount(u, 'GE', 205) from ts1
----
statecount(u, 'GE', 205) BIGINT
-1
1
2
NULL
3

query
select max(d) from (select diff(v) as d from ts1)
----
max(d) BIGINT
6

query
select count(*) from (select csum(v) from stb partition by tbname)
----
count(*) BIGINT
5

query rowsort
select tbname, mavg(v, 2) from stb partition by tbname
----
tbname VARCHAR(270) | mavg(v, 2) DOUBLE
c1 | 2.5
c1 | 6.5
c2 | 2.5

query rowsort
select tbname, tail(v, 1) from stb partition by tbname
----
tbname VARCHAR(270) | tail(v, 1) INT
c1 | 9
c2 | 3

query rowsort
select tbname, bottom(v, 1), ts from stb partition by tbname
----
tbname VARCHAR(270) | bottom(v, 1) INT | ts TIMESTAMP
c1 | 1 | 2024-01-01 00:00:00.000
c2 | 2 | 2024-01-01 00:00:01.000

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select csum(v), statecount(v, 'GT', 1) from ts1

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select unique(v), top(v, 1) from ts1
