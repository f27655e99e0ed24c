# Aggregate functions beyond count/sum/avg/min/max (tdengine-sql.md §7.1, §7.2), hand-computed from TDengine's
# algorithms (builtinsimpl.c, thistogram.c, tdigest.c, tpercentile.c).

statement ok
create database c_fn

statement ok
use c_fn

statement ok
create table t1 (ts timestamp, v int, f double, s varchar(10), b bool)

statement ok 4
insert into t1 values ('2024-01-01 00:00:00.000', 1, 1.5, 'a', true) ('2024-01-01 00:00:01.000', NULL, 2.5, 'b', false) ('2024-01-01 00:00:03.000', 3, NULL, 'a', true) ('2024-01-01 00:00:07.000', 7, 4.0, NULL, NULL)

statement ok
create table t2 (ts timestamp, v int)

statement ok 5
insert into t2 values ('2024-01-01 00:00:00.000', NULL) ('2024-01-01 00:00:01.000', 5) ('2024-01-01 00:00:02.000', NULL) ('2024-01-01 00:00:03.000', 7) ('2024-01-01 00:00:04.000', NULL)

statement ok
create table t3 (ts timestamp, v int)

statement ok 8
insert into t3 values ('2024-01-01 00:00:00.000', 2) ('2024-01-01 00:00:01.000', 4) ('2024-01-01 00:00:02.000', 4) ('2024-01-01 00:00:03.000', 4) ('2024-01-01 00:00:04.000', 5) ('2024-01-01 00:00:05.000', 5) ('2024-01-01 00:00:06.000', 7) ('2024-01-01 00:00:07.000', 9)

statement ok
create table empty_t (ts timestamp, v int)

# the observed example of tdengine-sql.md §7.1 (v = NULL, 5, NULL, 7, NULL)
query
select count(*), count(v), sum(v), avg(v), spread(v), stddev(v), mode(v), percentile(v, 50), apercentile(v, 50), twa(v), hyperloglog(v), elapsed(ts) from t2
----
count(*) BIGINT | count(v) BIGINT | sum(v) BIGINT | avg(v) DOUBLE | spread(v) DOUBLE | stddev(v) DOUBLE | mode(v) INT | percentile(v, 50) DOUBLE | apercentile(v, 50) DOUBLE | twa(v) DOUBLE | hyperloglog(v) BIGINT | elapsed(ts) DOUBLE
5 | 2 | 12 | 6.0 | 2.0 | 1.0 | 5 | 6.0 | 5.0 | 6.0 | 2 | 4000.0

query
select percentile(v, 50), percentile(v, 25), percentile(v, 0), percentile(v, 100) from t1
----
percentile(v, 50) DOUBLE | percentile(v, 25) DOUBLE | percentile(v, 0) DOUBLE | percentile(v, 100) DOUBLE
3.0 | 2.0 | 1.0 | 7.0

query
select percentile(v, 0, 50, 100) from t1
----
percentile(v, 0, 50, 100) VARCHAR(3198)
[1.000000, 3.000000, 7.000000]

query
select percentile(f, 50) from t1
----
percentile(f, 50) DOUBLE
2.5

query
select percentile(v, 10, 90) from t3
----
percentile(v, 10, 90) VARCHAR(3198)
[3.400000, 7.600000]

statement error 0x2803 Invalid parameter value : percentile
select percentile(v, 101) from t1

statement error 0x2801 Invalid number of parameters : percentile
select percentile(v) from t1

statement error 0x2802 Invalid parameter data type : percentile
select percentile(s, 50) from t1

query
select apercentile(v, 50), apercentile(v, 50, 'default'), apercentile(v, 50, 't-digest') from t1
----
apercentile(v, 50) DOUBLE | apercentile(v, 50, 'default') DOUBLE | apercentile(v, 50, 't-digest') DOUBLE
2.0 | 2.0 | 3.5

query
select apercentile(v, 0), apercentile(v, 100), apercentile(v, 10) from t1
----
apercentile(v, 0) DOUBLE | apercentile(v, 100) DOUBLE | apercentile(v, 10) DOUBLE
1.0 | 7.0 | 1.0

query
select apercentile(v, 50, 'T-DIGEST') from t3
----
apercentile(v, 50, 'T-DIGEST') DOUBLE
5.25

statement error 0x2803 Invalid parameter value : apercentile
select apercentile(v, 50, 'median') from t1

statement error 0x2803 Invalid parameter value : apercentile
select apercentile(v, -1) from t1

query
select leastsquares(v, 1, 1) from t1
----
leastsquares(v, 1, 1) VARCHAR(126)
{slop:3.000000, intercept:-2.333333}

query
select leastsquares(f, 0, 2) from t1
----
leastsquares(f, 0, 2) VARCHAR(126)
{slop:0.625000, intercept:1.416667}

query
select leastsquares(v, 1, 1) from t2
----
leastsquares(v, 1, 1) VARCHAR(126)
{slop:2.000000, intercept:3.000000}

query
select hyperloglog(v), hyperloglog(s), hyperloglog(b), hyperloglog(f) from t1
----
hyperloglog(v) BIGINT | hyperloglog(s) BIGINT | hyperloglog(b) BIGINT | hyperloglog(f) BIGINT
3 | 2 | 2 | 3

query
select hyperloglog(v) from t3
----
hyperloglog(v) BIGINT
5

query
select hyperloglog(v) from empty_t
----
hyperloglog(v) BIGINT
0

query
select sum(v) from empty_t
----
sum(v) BIGINT

query
select elapsed(ts), elapsed(ts, 1s), elapsed(ts, 1m) from t1
----
elapsed(ts) DOUBLE | elapsed(ts, 1s) DOUBLE | elapsed(ts, 1m) DOUBLE
7000.0 | 7.0 | 0.11666666666666667

statement error 0x2800 The first parameter of the ELAPSED function can only be the timestamp primary key
select elapsed(v) from t1

query
select mode(s), mode(b) from t1
----
mode(s) VARCHAR(10) | mode(b) BOOL
a | true

query
select mode(v) from t3
----
mode(v) INT
4

query
select stddev(v), stddev_pop(v), var_pop(v) from t3
----
stddev(v) DOUBLE | stddev_pop(v) DOUBLE | var_pop(v) DOUBLE
2.0 | 2.0 | 4.0

query
select twa(v), irate(v) from t1
----
twa(v) DOUBLE | irate(v) DOUBLE
3.7142857142857144 | 1.0

query
select irate(v) from t3
----
irate(v) DOUBLE
2.0

statement ok
create table t4 (ts timestamp, c int)

statement ok 3
insert into t4 values ('2024-01-01 00:00:00.000', 5) ('2024-01-01 00:00:10.000', 15) ('2024-01-01 00:00:20.000', 4)

query
select irate(c), twa(c) from t4
----
irate(c) DOUBLE | twa(c) DOUBLE
0.4 | 9.75

query
select irate(c) from t4 where ts < '2024-01-01 00:00:15.000'
----
irate(c) DOUBLE
1.0

query
select irate(c), twa(c) from t4 where ts < '2024-01-01 00:00:05.000'
----
irate(c) DOUBLE | twa(c) DOUBLE
0.0 | 5.0

statement ok
create stable fs (ts timestamp, v int) tags (g int)

statement ok 4
insert into fc1 using fs tags (1) values ('2024-01-01 00:00:00.000', 1) ('2024-01-01 00:00:02.000', 3) fc2 using fs tags (2) values ('2024-01-01 00:00:01.000', 2) ('2024-01-01 00:00:03.000', 3)

query
select apercentile(v, 50), mode(v), twa(v), hyperloglog(v), elapsed(ts), spread(v) from fs
----
apercentile(v, 50) DOUBLE | mode(v) INT | twa(v) DOUBLE | hyperloglog(v) BIGINT | elapsed(ts) DOUBLE | spread(v) DOUBLE
2.0 | 3 | 2.3333333333333335 | 3 | 3000.0 | 2.0

query rowsort
select tbname, twa(v), elapsed(ts), leastsquares(v, 0, 1) from fs partition by tbname
----
tbname VARCHAR(270) | twa(v) DOUBLE | elapsed(ts) DOUBLE | leastsquares(v, 0, 1) VARCHAR(126)
fc1 | 2.0 | 2000.0 | {slop:2.000000, intercept:1.000000}
fc2 | 2.5 | 2000.0 | {slop:1.000000, intercept:2.000000}

query rowsort
select g, hyperloglog(v), apercentile(v, 100) from fs group by g
----
g INT | hyperloglog(v) BIGINT | apercentile(v, 100) DOUBLE
1 | 2 | 3.0
2 | 2 | 3.0

query
select _wstart, percentile(v, 50), apercentile(v, 50) from t3 interval(4s)
----
_wstart TIMESTAMP | percentile(v, 50) DOUBLE | apercentile(v, 50) DOUBLE
2024-01-01 00:00:00.000 | 4.0 | 3.23606797749979
2024-01-01 00:00:04.000 | 6.0 | 5.0

query
select _wstart, mode(v), var_pop(v) from t3 session(ts, 1s)
----
_wstart TIMESTAMP | mode(v) INT | var_pop(v) DOUBLE
2024-01-01 00:00:00.000 | 4 | 4.0

statement error 0x265F percentile is only supported in single table query
select percentile(v, 50) from fs

statement error 0x264F percentile function is not supported in partition query
select percentile(v, 50) from t1 partition by s

statement ok
create stable fdup (ts timestamp, v int) tags (g int)

statement ok 2
insert into fd1 using fdup tags (1) values ('2024-01-01 00:00:00.000', 1) fd2 using fdup tags (2) values ('2024-01-01 00:00:00.000', 2)

statement error 0x2805 Duplicate timestamps not allowed in function
select twa(v) from fdup

query
select count(*), hyperloglog(v), sum(v) from t1 where v > 100
----
count(*) BIGINT | hyperloglog(v) BIGINT | sum(v) BIGINT
0 | 0 | NULL

query
select avg(v), max(v) from t1 where v > 100
----
avg(v) DOUBLE | max(v) INT

query
select leastsquares(v, 1, 1) from t1 where v = 3
----
leastsquares(v, 1, 1) VARCHAR(126)
NULL

statement error 0x2801 Invalid number of parameters : leastsquares
select leastsquares(v, 1) from t1

statement error 0x2802 Invalid parameter data type : twa
select twa(s) from t1

statement error 0x2802 Invalid parameter data type : apercentile
select apercentile(v, f) from t1

# ---------------------------------------------------------------- system information functions (§7.9)

query
select database()
----
database() VARCHAR(4)
c_fn

query
select server_status()
----
server_status() INT
1

query
select client_version() = server_version(), current_user() like 'root@%'
----
client_version() = server_version() BOOL | current_user() like 'root@%' BOOL
true | true

query
select now() > '2024-01-01 00:00:00', today() <= now(), timetruncate(now(), 1d) = today()
----
now() > '2024-01-01 00:00:00' BOOL | today() <= now() BOOL | timetruncate(now(), 1d) = today() BOOL
true | true | true

query
select timezone()
----
timezone() VARCHAR(16)
UTC (UTC, +0000)
