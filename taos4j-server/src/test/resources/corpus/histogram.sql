# HISTOGRAM(expr, bin_type, bin_desc, normalized) (tdengine-sql.md §8). Source: TDengine builtins.c
# (histogram: FUNC_MGT_AGG_FUNC | FUNC_MGT_MULTI_ROWS_FUNC | FUNC_MGT_FORBID_FILL_FUNC, parameter patterns with fixed
# values 'user_input'/'linear_bin'/'log_bin' and 0/1, translateHitogram -> validateHistogramBinDesc messages with
# code 0x2800) and builtinsimpl.c (getHistogramBinDesc: linear bounds start + i*width, log bounds
# start * pow(factor, i), -inf/inf ends swapped for descending bounds, bins (min, max] of neighbouring bounds;
# histogramFunction: a value counts in the first bin with lower < v <= upper, NULL skipped; histogramFinalize:
# '{"lower_bin":%g, "upper_bin":%g, "count":%ld}' or '"count":%lf' of the counted values when normalized; no rows
# when the group has no non-NULL value). Result VARCHAR(510) (resType bytes 512 less the length header).
# Expected rows derived by hand from those rules.

statement ok
create database c_histo

statement ok
use c_histo

statement ok
create table h1 (ts timestamp, v int, f double, s varchar(8))

statement ok 9
insert into h1 values ('2024-01-01 00:00:00.000', 1, 0.5, 'a') ('2024-01-01 00:00:01.000', 2, 1.5, 'a') ('2024-01-01 00:00:02.000', 3, 2.5, 'a') ('2024-01-01 00:00:03.000', 5, 100.0, 'b') ('2024-01-01 00:00:04.000', 8, 1500000.0, 'b') ('2024-01-01 00:00:05.000', 13, 0.00001, 'b') ('2024-01-01 00:00:06.000', NULL, NULL, 'c') ('2024-01-01 00:00:07.000', 0, NULL, 'c') ('2024-01-01 00:00:08.000', -4, NULL, 'c')

statement ok
create stable hs (ts timestamp, v int) tags (g int)

statement ok 3
insert into hc1 using hs tags (1) values ('2024-01-01 00:00:00.000', 1) ('2024-01-01 00:00:01.000', 6) hc2 using hs tags (2) values ('2024-01-01 00:00:00.000', 2)

query
select histogram(v, 'user_input', '[1,3,5,7]', 0) from h1
----
histogram(v, 'user_input', '[1,3,5,7]', 0) VARCHAR(510)
{"lower_bin":1, "upper_bin":3, "count":2}
{"lower_bin":3, "upper_bin":5, "count":1}
{"lower_bin":5, "upper_bin":7, "count":0}

query
select histogram(v, 'user_input', '[1,3,5,7]', 1) from h1
----
histogram(v, 'user_input', '[1,3,5,7]', 1) VARCHAR(510)
{"lower_bin":1, "upper_bin":3, "count":0.666667}
{"lower_bin":3, "upper_bin":5, "count":0.333333}
{"lower_bin":5, "upper_bin":7, "count":0.000000}

query
select histogram(v, 'linear_bin', '{"start": 0, "width": 2.5, "count": 3, "infinity": false}', 0) as h from h1
----
h VARCHAR(510)
{"lower_bin":0, "upper_bin":2.5, "count":2}
{"lower_bin":2.5, "upper_bin":5, "count":2}
{"lower_bin":5, "upper_bin":7.5, "count":0}

query
select histogram(v, 'LINEAR_BIN', '{"start": 0, "width": 5, "count": 2, "infinity": true}', 0) as h from h1
----
h VARCHAR(510)
{"lower_bin":-inf, "upper_bin":0, "count":2}
{"lower_bin":0, "upper_bin":5, "count":4}
{"lower_bin":5, "upper_bin":10, "count":1}
{"lower_bin":10, "upper_bin":inf, "count":1}

query
select histogram(f, 'log_bin', '{"start": 1, "factor": 10, "count": 3, "infinity": false}', 0) as h from h1
----
h VARCHAR(510)
{"lower_bin":1, "upper_bin":10, "count":2}
{"lower_bin":10, "upper_bin":100, "count":1}
{"lower_bin":100, "upper_bin":1000, "count":0}

# %g switches to exponent form from 1e6
query
select histogram(f, 'log_bin', '{"start": 1000, "factor": 1000, "count": 2, "infinity": false}', 0) as h from h1
----
h VARCHAR(510)
{"lower_bin":1000, "upper_bin":1e+06, "count":0}
{"lower_bin":1e+06, "upper_bin":1e+09, "count":1}

# descending bounds (factor < 1): bins keep the bound order, -inf/inf swap ends; 0.00001 prints as 1e-05
query
select histogram(f, 'log_bin', '{"start": 1, "factor": 0.1, "count": 2, "infinity": true}', 0) as h from h1
----
h VARCHAR(510)
{"lower_bin":1, "upper_bin":inf, "count":4}
{"lower_bin":0.1, "upper_bin":1, "count":1}
{"lower_bin":0.01, "upper_bin":0.1, "count":0}
{"lower_bin":-inf, "upper_bin":0.01, "count":1}

query
select histogram(f, 'user_input', '[0.000001,0.0001,0.5,1234567]', 0) as h from h1
----
h VARCHAR(510)
{"lower_bin":1e-06, "upper_bin":0.0001, "count":1}
{"lower_bin":0.0001, "upper_bin":0.5, "count":1}
{"lower_bin":0.5, "upper_bin":1.23457e+06, "count":3}

query
select _wstart, histogram(v, 'user_input', '[0,5,10]', 0) as h from h1 interval(5s)
----
_wstart TIMESTAMP | h VARCHAR(510)
2024-01-01 00:00:00.000 | {"lower_bin":0, "upper_bin":5, "count":4}
2024-01-01 00:00:00.000 | {"lower_bin":5, "upper_bin":10, "count":1}
2024-01-01 00:00:05.000 | {"lower_bin":0, "upper_bin":5, "count":0}
2024-01-01 00:00:05.000 | {"lower_bin":5, "upper_bin":10, "count":0}

query
select _wstart, histogram(v, 'user_input', '[0,5,10]', 1) as h from h1 interval(5s)
----
_wstart TIMESTAMP | h VARCHAR(510)
2024-01-01 00:00:00.000 | {"lower_bin":0, "upper_bin":5, "count":0.800000}
2024-01-01 00:00:00.000 | {"lower_bin":5, "upper_bin":10, "count":0.200000}
2024-01-01 00:00:05.000 | {"lower_bin":0, "upper_bin":5, "count":0.000000}
2024-01-01 00:00:05.000 | {"lower_bin":5, "upper_bin":10, "count":0.000000}

query rowsort
select s, histogram(v, 'user_input', '[0,4,100]', 0) as h from h1 group by s
----
s VARCHAR(8) | h VARCHAR(510)
a | {"lower_bin":0, "upper_bin":4, "count":3}
a | {"lower_bin":4, "upper_bin":100, "count":0}
b | {"lower_bin":0, "upper_bin":4, "count":0}
b | {"lower_bin":4, "upper_bin":100, "count":3}
c | {"lower_bin":0, "upper_bin":4, "count":0}
c | {"lower_bin":4, "upper_bin":100, "count":0}

query rowsort
select tbname, g, histogram(v, 'linear_bin', '{"start":0, "width":5, "count":2, "infinity":false}', 1) as h from hs partition by tbname
----
tbname VARCHAR(270) | g INT | h VARCHAR(510)
hc1 | 1 | {"lower_bin":0, "upper_bin":5, "count":0.500000}
hc1 | 1 | {"lower_bin":5, "upper_bin":10, "count":0.500000}
hc2 | 2 | {"lower_bin":0, "upper_bin":5, "count":1.000000}
hc2 | 2 | {"lower_bin":5, "upper_bin":10, "count":0.000000}

# a group without non-NULL values gives no rows
query
select histogram(v, 'user_input', '[0,5,10]', 0) as h from h1 where v > 100
----
h VARCHAR(510)

query
select histogram(v, 'user_input', '[0,5,10]', 0) as h from h1 where ts = '2024-01-01 00:00:06.000'
----
h VARCHAR(510)

# HISTOGRAM needs no time order: a subquery without the timestamp is fine
query
select histogram(v, 'user_input', '[0,5,10]', 0) as h from (select v from h1)
----
h VARCHAR(510)
{"lower_bin":0, "upper_bin":5, "count":4}
{"lower_bin":5, "upper_bin":10, "count":1}

query
select count(*) from (select histogram(v, 'user_input', '[0,5,10]', 0) as h from h1 interval(5s))
----
count(*) BIGINT
4

statement error 0x2800 HISTOGRAM function invalid format for binDesc parameter
select histogram(v, 'user_input', '[1,1,2]', 0) from h1

statement error 0x2800 HISTOGRAM function invalid format for binDesc parameter
select histogram(v, 'user_input', '{"start": 0, "width": 5, "count": 2, "infinity": true}', 0) from h1

statement error 0x2800 HISTOGRAM function invalid format for binDesc parameter
select histogram(v, 'linear_bin', '[1,2,3]', 0) from h1

statement error 0x2800 HISTOGRAM function invalid format for binDesc parameter
select histogram(v, 'user_input', 'not json', 0) from h1

statement error 0x2800 HISTOGRAM function invalid format for binDesc parameter
select histogram(v, 'log_bin', '{"start": 1, "width": 5, "count": 2, "infinity": true}', 0) from h1

statement error 0x2800 HISTOGRAM function invalid format for binDesc parameter
select histogram(v, 'linear_bin', '{"start": 0, "width": 5, "count": 2, "infinity": 1}', 0) from h1

statement error 0x2800 HISTOGRAM function requires four parameters
select histogram(v, 'linear_bin', '{"start": 0, "width": 5, "count": 2}', 0) from h1

statement error 0x2800 HISTOGRAM function binDesc parameter "count" should be in range [1, 1000]
select histogram(v, 'linear_bin', '{"start": 0, "width": 5, "count": 0, "infinity": false}', 0) from h1

statement error 0x2800 HISTOGRAM function binDesc parameter "count" should be in range [1, 1000]
select histogram(v, 'linear_bin', '{"start": 0, "width": 5, "count": 1001, "infinity": false}', 0) from h1

statement error 0x2800 HISTOGRAM function binDesc parameter "width" cannot be 0
select histogram(v, 'linear_bin', '{"start": 0, "width": 0, "count": 2, "infinity": false}', 0) from h1

statement error 0x2800 HISTOGRAM function binDesc parameter "start" cannot be 0 with "log_bin" type
select histogram(v, 'log_bin', '{"start": 0, "factor": 2, "count": 2, "infinity": false}', 0) from h1

statement error 0x2800 HISTOGRAM function binDesc parameter "factor" cannot be negative or equal to 0/1
select histogram(v, 'log_bin', '{"start": 1, "factor": 1, "count": 2, "infinity": false}', 0) from h1

statement error 0x2800 HISTOGRAM function bin/parameter should be in range [-DBL_MAX, DBL_MAX]
select histogram(v, 'log_bin', '{"start": 1e300, "factor": 1e10, "count": 2, "infinity": false}', 0) from h1

statement error 0x2803 Invalid parameter value : histogram
select histogram(v, 'other_bin', '[1,2]', 0) from h1

statement error 0x2803 Invalid parameter value : histogram
select histogram(v, 'user_input', '[1,2]', 2) from h1

statement error 0x2801 Invalid number of parameters : histogram
select histogram(v, 'user_input', '[1,2]') from h1

statement error 0x2802 Invalid parameter data type : histogram
select histogram(s, 'user_input', '[1,2]', 0) from h1

statement error 0x2657 histogram function is not supported in fill query
select _wstart, histogram(v, 'user_input', '[1,2]', 0) from h1 where ts >= '2024-01-01 00:00:00.000' and ts < '2024-01-01 00:00:10.000' interval(5s) fill(null)

statement error 0x264F Some functions are allowed only in the SELECT list of a query. And, cannot be mixed with other non scalar functions or columns.
select histogram(v, 'user_input', '[1,2]', 0), count(*) from h1

statement error 0x260C Not a single-group group function
select ts, histogram(v, 'user_input', '[1,2]', 0) from h1
